import { z } from 'zod';
import { parseBbox, parseLayers } from './map.rules';

const problem = (check: (v: string) => { problem: string } | object) => (value: string, ctx: z.RefinementCtx) => {
  const r = check(value);
  if ('problem' in r) ctx.addIssue({ code: 'custom', message: r.problem });
};

export const mapQuery = z.object({
  bbox: z
    .string()
    .max(200)
    .superRefine(problem(parseBbox))
    .describe('the viewport: minLng,minLat,maxLng,maxLat (WGS84)'),
  layers: z
    .string()
    .max(200)
    .superRefine(problem(parseLayers))
    .optional()
    .describe('comma list of areas, sites, macroAssets, opportunities, microAssets; default all'),
  q: z.string().trim().max(200).optional().describe('only points whose name or title contains this'),
  kind: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe('only points of this kind (site, macro-asset, opportunity or micro-asset kind)'),
});

const point = { lat: z.number(), lng: z.number() };
/** null means fewer than 5 */
const count = z.number().int().nullable();

export const mapView = z.object({
  areas: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      boundary: z.unknown(),
      centre: z.object(point).nullable(),
      counts: z.object({
        residentAssets: count.describe("residents' assets recorded in the area; never placed at a point"),
        microAssets: count.describe('other micro-assets recorded in the area'),
        opportunities: z
          .number()
          .int()
          .describe('open opportunities that reach the area (not counting programme-wide ones)'),
      }),
    }),
  ),
  sites: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.string(), ...point })),
  macroAssets: z.array(
    z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.string(), status: z.string(), ...point }),
  ),
  opportunities: z
    .array(z.object({ id: z.string(), title: z.string(), kind: z.string(), ...point }))
    .describe("open opportunities at their own point or their macro-asset's; area-only ones are in the area counts"),
  microAssets: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.string(), category: z.string(), ...point }),
  ),
  truncated: z.array(z.string()).describe('point layers cut at the cap: zoom in to see every point'),
});

export const areaParams = z.object({ id: z.string().min(1).max(100).describe('area id or slug') });

export const areaCountsView = z.object({
  area: z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.string() }),
  microAssets: z.object({
    byCategory: z.array(z.object({ category: z.string(), count: count })),
    total: count.describe('null when it, or subtracting a shown category from it, would reveal a small cell'),
  }),
});
