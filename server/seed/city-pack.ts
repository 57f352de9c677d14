import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { roles } from '../http/policy';
import {
  microAssetCategories,
  allMicroAssetKinds,
  ownerTypes,
  provenances,
  visibilities,
} from '../modules/assets/micro-assets.rules';
import {
  englishLevels,
  legalGates,
  opportunityKinds,
  opportunityStatuses,
} from '../modules/assets/opportunities.rules';

/**
 * A city pack is data, not code: a folder of JSON files (see city-packs/README.md).
 * This reads and checks one, so a second city is just another folder.
 */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
const latLng = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });
const position = z.array(z.number()).min(2).max(3);
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) });
const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1),
});
const isoDate = z.iso.date();

export const packSchemas = {
  programme: z.object({
    slug,
    name: z.string().min(1),
    city: z.string().min(1),
    country: z.string().length(2),
    timezone: z.string(),
    currency: z.string().length(3),
    defaultLocale: z.string(),
    locales: z.array(z.string()).min(1),
    map: z.object({ centre: latLng, zoom: z.number().int().min(1).max(20) }),
    description: z.string().default(''),
  }),
  partners: z
    .array(
      z.object({
        slug,
        name: z.string().min(1),
        kind: z.enum(['council', 'university', 'nhs_trust', 'ngo', 'company', 'social_enterprise', 'charity', 'other']),
        website: z.url().optional(),
        description: z.string().default(''),
      }),
    )
    .min(1),
  areas: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: z.union([polygon, multiPolygon]).nullable(),
        properties: z.object({
          slug,
          name: z.string().min(1),
          kind: z.enum(['ward', 'neighbourhood']),
          code: z.string().nullable().default(null),
          description: z.string().default(''),
        }),
      }),
    ),
  }),
  sites: z.array(
    z.object({
      slug,
      name: z.string().min(1),
      kind: z.string().min(1),
      area: slug.nullable(),
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
      description: z.string().default(''),
    }),
  ),
  workPackages: z.array(
    z.object({
      slug,
      code: z.string().min(1),
      name: z.string().min(1),
      lead: slug,
      description: z.string().default(''),
    }),
  ),
  macroAssets: z.array(
    z.object({
      slug,
      name: z.string().min(1),
      kind: z.enum(['hospital', 'housing', 'green_blue_infrastructure', 'university', 'transport', 'other']),
      owner: slug,
      investmentValue: z.number().nonnegative().nullable(),
      status: z.enum(['planned', 'in_progress', 'complete']),
      location: latLng.nullable(),
      boundary: polygon.nullable().default(null),
      group: z.string().nullable().default(null),
      site: slug.nullable().default(null),
      phases: z.array(z.object({ name: z.string(), start: isoDate, end: isoDate.nullable() })).default([]),
      description: z.string().default(''),
    }),
  ),
  demoUsers: z.array(
    z.object({ email: z.email(), displayName: z.string().min(1), role: z.enum(roles), partner: slug }),
  ),
  demoResidents: z.array(
    z.object({
      reference: z.string().min(1),
      displayName: z.string().min(1),
      partner: slug,
      area: slug.nullable(),
      languages: z.array(z.string()),
      immigrationStatus: z.string().nullable().default(null),
      notes: z.string().default(''),
    }),
  ),
  demoOpportunities: z.array(
    z.strictObject({
      kind: z.enum(opportunityKinds),
      title: z.string().min(1).max(200),
      description: z.string().default(''),
      partner: slug,
      macroAsset: slug.nullable().default(null),
      occupations: z.array(z.string().min(1)).default([]),
      qualifications: z.array(z.string().min(1)).default([]),
      englishLevel: z.enum(englishLevels).nullable().default(null),
      legalGates: z.array(z.enum(legalGates)).default([]),
      area: slug.nullable().default(null),
      location: latLng.nullable().default(null),
      quantity: z.number().int().min(1).default(1),
      value: z.number().nonnegative().nullable().default(null),
      opensOn: isoDate.nullable().default(null),
      closesOn: isoDate.nullable().default(null),
      status: z.enum(opportunityStatuses).default('open'),
    }),
  ),
  demoMicroAssets: z.array(
    z.strictObject({
      category: z.enum(microAssetCategories),
      kind: z.enum(allMicroAssetKinds),
      name: z.string().min(1).max(200),
      description: z.string().default(''),
      occupationCode: z.string().min(1).nullable().default(null),
      owner: z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal(ownerTypes[0]), resident: z.string().min(1) }),
        z.strictObject({ type: z.literal(ownerTypes[1]), partner: slug }),
        z.strictObject({ type: z.literal(ownerTypes[2]), area: slug }),
      ]),
      partner: slug.optional(),
      area: slug.nullable().optional(),
      location: latLng.nullable().default(null),
      provenance: z.enum(provenances),
      sourceRef: z.string().min(1).nullable().default(null),
      visibility: z.enum(visibilities).optional(),
      sensitive: z.boolean().default(false),
    }),
  ),
};

export type CityPack = { [K in keyof typeof packSchemas]: z.infer<(typeof packSchemas)[K]> } & { root: string };

const files: Record<keyof typeof packSchemas, { file: string; optional?: boolean }> = {
  programme: { file: 'programme.json' },
  partners: { file: 'partners.json' },
  areas: { file: 'areas.geojson', optional: true },
  sites: { file: 'sites.json', optional: true },
  workPackages: { file: 'work-packages.json', optional: true },
  macroAssets: { file: 'macro-assets.json', optional: true },
  demoUsers: { file: 'demo/users.json', optional: true },
  demoResidents: { file: 'demo/residents.json', optional: true },
  demoOpportunities: { file: 'demo/opportunities.json', optional: true },
  demoMicroAssets: { file: 'demo/micro-assets.json', optional: true },
};

const empty = {
  areas: { type: 'FeatureCollection', features: [] },
  sites: [],
  workPackages: [],
  macroAssets: [],
  demoUsers: [],
  demoResidents: [],
  demoOpportunities: [],
  demoMicroAssets: [],
} as const;

/** Finds a pack by folder name under city-packs/, or by path. */
export function packDirectory(nameOrPath: string): string {
  if (isAbsolute(nameOrPath) || nameOrPath.includes('/')) return resolve(nameOrPath);
  return new URL(`../../city-packs/${nameOrPath}`, import.meta.url).pathname;
}

export class CityPackError extends Error {}

export function readCityPack(nameOrPath: string): CityPack {
  const root = packDirectory(nameOrPath);
  if (!existsSync(join(root, 'programme.json')))
    throw new CityPackError(`No city pack at ${root} (programme.json is missing)`);
  const pack: Record<string, unknown> = { root };
  for (const [key, { file, optional }] of Object.entries(files) as [
    keyof typeof packSchemas,
    { file: string; optional?: boolean },
  ][]) {
    const path = join(root, file);
    if (!existsSync(path)) {
      if (!optional) throw new CityPackError(`${file} is missing from ${root}`);
      pack[key] = empty[key as keyof typeof empty];
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new CityPackError(`${file} is not valid JSON: ${(err as Error).message}`);
    }
    const parsed = packSchemas[key].safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CityPackError(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    pack[key] = parsed.data;
  }
  return pack as CityPack;
}
