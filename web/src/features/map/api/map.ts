import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

export const mapLayers = ['areas', 'sites', 'macroAssets', 'opportunities', 'microAssets'] as const;
export type MapLayer = (typeof mapLayers)[number];

const point = { lat: z.number(), lng: z.number() };

const mapSchema = z.object({
  areas: z
    .array(
      z.object({
        id: idSchema,
        slug: z.string(),
        name: z.string(),
        boundary: z.unknown(),
        centre: z.object(point).nullish(),
        counts: z.object({
          // Suppressed (null) when under 5: never shown as 0.
          residentAssets: z.number().nullable(),
          microAssets: z.number().nullable(),
          opportunities: z.number().nullable(),
        }),
      }),
    )
    .default([]),
  sites: z
    .array(z.object({ id: idSchema, slug: z.string(), name: z.string(), kind: z.string(), ...point }))
    .default([]),
  macroAssets: z
    .array(
      z.object({ id: idSchema, slug: z.string(), name: z.string(), kind: z.string(), status: z.string(), ...point }),
    )
    .default([]),
  opportunities: z.array(z.object({ id: idSchema, title: z.string(), kind: z.string(), ...point })).default([]),
  microAssets: z
    .array(z.object({ id: idSchema, name: z.string(), kind: z.string(), category: z.string(), ...point }))
    .default([]),
  /** Point layers cut at the server's cap: zooming in shows every point. */
  truncated: z.array(z.string()).default([]),
});

export type MapData = z.infer<typeof mapSchema>;
export type MapArea = MapData['areas'][number];

export type MapParams = { bbox: string | null; layers: MapLayer[]; q: string; kind: string };

export function mapUrl({ bbox, layers, q, kind }: MapParams): string {
  const params = new URLSearchParams({ bbox: bbox ?? '', layers: layers.join(',') });
  if (q) params.set('q', q);
  if (kind) params.set('kind', kind);
  return `/api/v1/map?${params.toString()}`;
}

/** What is inside the viewport for the chosen layers; the previous answer stays drawn while the next loads. */
export function useMapData(params: MapParams) {
  return useQuery({
    queryKey: ['map', params],
    queryFn: () => getJson(mapUrl(params), mapSchema),
    enabled: params.bbox !== null && params.layers.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
