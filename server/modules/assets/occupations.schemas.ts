import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

const occupationCode = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
const language = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code such as en or ar');
const fourDigits = (standard: string) => z.string().regex(/^[0-9]{4}$/, `a 4-digit ${standard} code`);

/** The taxonomy file (taxonomies/occupations.json): data, so it can be updated without a release. */
export const taxonomyEntry = z.strictObject({
  code: occupationCode.max(80),
  isco08: fourDigits('ISCO-08'),
  soc2020: fourDigits('SOC 2020'),
  sector: z.string().trim().min(1).max(60),
  regulated: z.boolean().default(false),
  regulator: z.string().trim().min(1).max(60).nullable().default(null),
  labels: z
    .record(language, z.string().trim().min(1).max(200))
    .refine((labels) => typeof labels.en === 'string', 'needs an English (en) label'),
  synonyms: z.record(language, z.array(z.string().trim().min(1).max(200)).max(200)).default({}),
});

export const taxonomyFile = z.object({
  version: z.string().trim().min(1).max(40),
  source: z.string().max(2000).optional(),
  occupations: z.array(taxonomyEntry).min(1).max(5000),
});

export type TaxonomyEntry = z.infer<typeof taxonomyEntry>;
export type TaxonomyFile = z.infer<typeof taxonomyFile>;

export const occupationsQuery = listQuery(['label', 'code'], 'label').extend({
  sector: z.string().trim().min(1).max(60).optional(),
  lang: language.default('en').describe('language of `label`; falls back to English'),
});

export const occupationView = z.object({
  code: z.string(),
  isco08: z.string(),
  soc2020: z.string(),
  sector: z.string(),
  regulated: z.boolean(),
  regulator: z.string().nullable(),
  label: z.string().describe('in the requested language, or English when there is none'),
  labels: z.record(z.string(), z.string()),
});
export const occupationsPage = pageOf(occupationView);

export const resolveQuery = z.object({
  text: z.string().trim().min(1).max(200),
  lang: language.default('en').describe('language of each candidate `label`; falls back to English'),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const resolveResponse = z.object({
  candidates: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      isco08: z.string(),
      soc2020: z.string(),
      confidence: z.number().min(0).max(1),
      reason: z.string(),
    }),
  ),
});
