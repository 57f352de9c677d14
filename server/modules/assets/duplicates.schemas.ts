import { z } from 'zod';

export const duplicateEntities = ['partner', 'micro_asset'] as const;

export const duplicatesQuery = z.object({
  entity: z.enum(duplicateEntities),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const party = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string().optional().describe('partners'),
  kind: z.string(),
  createdAt: z.iso.datetime(),
});

export const duplicatesResponse = z.object({
  entity: z.enum(duplicateEntities),
  threshold: z.number().describe('name similarity (pg_trgm, 0..1) from which a pair is flagged'),
  items: z.array(
    z.object({
      a: party,
      b: party,
      similarity: z.number(),
      area: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
      why: z.array(z.string()),
      suggestedKeepId: z.string(),
    }),
  ),
});

export const mergeBody = z.strictObject({
  entity: z.enum(duplicateEntities),
  keepId: z.string().min(1).max(100).describe('the record that stays'),
  mergeId: z.string().min(1).max(100).describe('the record merged into it: hidden from lists, its references moved'),
});

export const mergeResponse = z.object({
  mergeId: z.number().int().describe('the row in the merge history'),
  entity: z.enum(duplicateEntities),
  keptId: z.string(),
  mergedId: z.string(),
  moved: z.record(z.string(), z.number().int()).describe('references moved, by table.column'),
});
