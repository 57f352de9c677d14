import { z } from 'zod';
import { findingKinds, referralTargets } from './findings.rules';

export const findingRule = z.strictObject({
  path: z.string().trim().min(1).max(500).describe('question path below the root, e.g. "skills" or "group/skills"'),
  becomes: z.enum(findingKinds),
  target: z.enum(referralTargets).optional().describe('for a referral: the service'),
  when: z.array(z.string().min(1).max(200)).max(100).optional().describe('for selects: only these choice names count'),
  resolveOccupation: z.boolean().optional().describe('for a skill: resolve the text to an occupation'),
});

export const mapParams = z.object({ id: z.string().max(100), versionId: z.string().max(100) });

export const saveMapBody = z.strictObject({
  rules: z.array(findingRule).max(200),
  revision: z.number().int().min(0).describe('the revision you read (0 when there was no map): a stale one is 409'),
});

const labels = z.record(z.string(), z.string());
export const findingMapView = z.object({
  formVersionId: z.string(),
  version: z.string(),
  rules: z.array(findingRule),
  revision: z.number().int(),
  updatedAt: z.string().nullable(),
  questions: z.array(
    z.object({
      path: z.string(),
      type: z.string(),
      labels,
      choices: z.array(z.object({ name: z.string(), labels })),
    }),
  ),
});

export const applyBody = z.strictObject({
  all: z.boolean().default(true).describe('also re-apply responses done under an older map'),
});
export const applyResponse = z.object({ jobId: z.number().int().nullable() });

const count = z.number().int().nullable().describe('null: fewer than 5, suppressed');
export const findingsSummary = z.object({
  responses: z.object({ total: z.number().int(), applied: z.number().int() }),
  byKind: z.array(z.object({ becomes: z.string(), count, microAssets: count })),
  byArea: z.array(z.object({ area: z.string().nullable(), becomes: z.string(), count })),
  referrals: z.array(z.object({ target: z.string(), status: z.string(), count })),
});
