import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

const isoDate = z.iso.date('a date as YYYY-MM-DD');
const ref = z.object({ id: z.string(), name: z.string() });
const bidStatus = z.enum(['draft', 'submitted', 'won', 'lost', 'withdrawn']);
/** amounts in pounds; the rules refuse zero, negatives, fractions of a penny and absurd figures with a 422 */
const pounds = z.number().describe('pounds, in whole pence');

export const createBidBody = z
  .strictObject({
    enterprise: z.uuid().optional(),
    consortium: z.uuid().optional(),
    amount: pounds.nullable().optional(),
    status: z.enum(['draft', 'submitted']).optional(),
    notes: z.string().max(2000).optional(),
  })
  .refine((b) => (b.enterprise === undefined) !== (b.consortium === undefined), {
    message: 'name either an enterprise or a consortium',
    path: ['enterprise'],
  });
export const updateBidBody = z.strictObject({
  version: z.number().int().min(1),
  status: bidStatus.optional(),
  amount: pounds.nullable().optional(),
  notes: z.string().max(2000).optional(),
});
export const bidView = z.object({
  id: z.string(),
  opportunity: z.object({ id: z.string(), title: z.string(), kind: z.string() }),
  bidder: z.object({ kind: z.enum(['enterprise', 'consortium']), id: z.string(), name: z.string() }),
  status: bidStatus,
  amount: z.number().nullable(),
  notes: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  award: z.object({ id: z.string(), amount: z.number(), awardDate: z.string() }).nullable(),
});
export const bidsQuery = listQuery(['updatedAt', 'status'] as const, '-updatedAt').extend({
  status: bidStatus.optional(),
  opportunity: z.uuid().optional(),
  consortium: z.uuid().optional(),
  enterprise: z.uuid().optional(),
});
export const bidsPage = pageOf(bidView);
export const bidParams = z.object({ id: z.uuid() });

export const createAwardBody = z.strictObject({
  bid: z.uuid().describe('the submitted bid this award answers'),
  amount: pounds,
  awardDate: isoDate,
  shares: z
    .array(z.strictObject({ enterprise: z.uuid(), amount: pounds }))
    .max(50)
    .optional()
    .describe("a consortium's members' shares (default: all to the lead)"),
  measures: z
    .array(z.strictObject({ code: z.string().max(40), value: z.number(), note: z.string().max(500).optional() }))
    .max(30)
    .optional(),
});
export const awardView = z.object({
  id: z.string(),
  bid: z.string(),
  opportunity: z.object({ id: z.string(), title: z.string() }),
  source: z.enum(['contract', 'grant']),
  funder: z.string(),
  amount: z.number(),
  currency: z.string(),
  awardDate: z.string(),
  year: z.number().int(),
  shares: z.array(z.object({ enterprise: ref, area: ref.nullable(), amount: z.number() })),
  measures: z.array(z.object({ code: z.string(), value: z.number(), note: z.string() })),
});
export const awardParams = z.object({ id: z.uuid() });
export const recordMeasuresBody = z.strictObject({
  measures: z
    .array(z.strictObject({ code: z.string().max(40), value: z.number(), note: z.string().max(500).optional() }))
    .min(1)
    .max(30),
});

export const ledgerQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  area: z.string().trim().min(1).max(100).optional(),
  source: z.enum(['contract', 'grant']).optional(),
});
const ledgerCell = z.object({ amount: z.number(), enterprises: z.number().int().nullable() });
export const ledgerView = z.object({
  total: ledgerCell,
  byYear: z.array(ledgerCell.extend({ year: z.number().int() })),
  byWard: z.array(ledgerCell.extend({ area: ref.nullable() })),
  byWardYear: z.array(ledgerCell.extend({ area: ref.nullable(), year: z.number().int() })),
  rows: z.array(
    z.object({
      award: z.string(),
      awardDate: z.string(),
      year: z.number().int(),
      source: z.enum(['contract', 'grant']),
      funder: z.string(),
      opportunity: z.string(),
      enterprise: ref,
      area: ref.nullable(),
      amount: z.number(),
    }),
  ),
});

export const measureView = z.object({
  code: z.string(),
  label: z.record(z.string(), z.string()),
  unit: z.enum(['count', 'gbp', 'hours', 'percent']),
  description: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export const measuresList = z.object({ items: z.array(measureView) });
export const measureParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/) });
export const putMeasureBody = z.strictObject({
  label: z
    .record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().min(1).max(120))
    .refine((l) => 'en' in l, 'needs en'),
  unit: z.enum(['count', 'gbp', 'hours', 'percent']),
  description: z.string().max(1000).optional(),
  active: z.boolean().optional(),
  version: z.number().int().min(1).optional().describe('the version edited (omit to create)'),
});
