import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

const isoDate = z.iso.date('a date as YYYY-MM-DD');
const slugOrId = z.string().trim().min(1).max(100);
export const marketCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a market code such as food');
const money = z.number().min(0).max(1_000_000_000);
const ref = z.object({ id: z.string(), name: z.string() });

const item = z.strictObject({
  description: z.string().trim().min(1).max(300),
  classification: z
    .strictObject({
      scheme: z.string().trim().min(1).max(20).describe('e.g. CPV'),
      id: z.string().trim().min(1).max(40),
      description: z.string().trim().max(300).optional(),
    })
    .optional(),
  quantity: z.number().int().min(1).max(1_000_000).optional(),
});

export const createContractBody = z.strictObject({
  kind: z.enum(['contract', 'grant']),
  title: z.string().trim().min(1).max(140),
  description: z.string().max(5000).optional(),
  partner: slugOrId.optional().describe('publishing partner (coordinators only; default your own)'),
  macroAsset: slugOrId.nullable().optional().describe('the macro-asset it comes from'),
  area: slugOrId.nullable().optional().describe('ward slug where the work is or the beneficiaries live'),
  value: money.nullable().optional().describe('contract value or grant offered, in pounds'),
  opensOn: isoDate.nullable().optional(),
  closesOn: isoDate.nullable().optional(),
  status: z.enum(['draft', 'open']).optional(),
  market: marketCode,
  capabilities: z.array(z.string().trim().min(2).max(60)).max(20).default([]),
  contract: z
    .strictObject({
      buyer: slugOrId.optional().describe('buying partner (default the publisher)'),
      procurementMethod: z.enum(['open', 'selective', 'limited', 'direct']).optional(),
      mainCategory: z.enum(['goods', 'works', 'services']).optional(),
      items: z.array(item).max(50).optional(),
    })
    .optional(),
  grant: z
    .strictObject({
      funder: slugOrId.optional().describe('funding partner, if it is one'),
      funderName: z.string().trim().min(1).max(200).optional().describe('an outside funder'),
      funderOrgId: z
        .string()
        .regex(
          /^([A-Z]{2}-[A-Za-z0-9]{2,10}|360G-[A-Za-z0-9]{1,20})-[A-Za-z0-9._-]{1,60}$/,
          'an org-id such as GB-CHC-1000147',
        )
        .optional(),
      grantProgramme: z.string().trim().max(200).optional(),
      plannedStart: isoDate.nullable().optional(),
      plannedEnd: isoDate.nullable().optional(),
    })
    .optional(),
});
export type CreateContractInput = z.output<typeof createContractBody>;

/** PUT replaces what the form holds (the publisher and kind stay); the version read guards against lost edits. */
export const updateContractBody = createContractBody.omit({ partner: true, status: true }).extend({
  version: z.number().int().min(1).describe('the version you read: a stale one is refused with 409'),
  status: z.enum(['draft', 'open', 'closed', 'cancelled']).optional(),
});
export type UpdateContractInput = z.output<typeof updateContractBody>;

export const contractSummary = z.object({
  id: z.string(),
  kind: z.enum(['contract', 'grant']),
  title: z.string(),
  status: z.string(),
  value: z.number().nullable(),
  market: z.string(),
  capabilities: z.array(z.string()),
  area: ref.nullable(),
  closesOn: z.string().nullable(),
  partner: ref,
});
export const contractsQuery = listQuery(['title', 'closesOn', 'value', 'createdAt'] as const, '-createdAt').extend({
  kind: z.enum(['contract', 'grant']).optional(),
  market: marketCode.optional(),
  status: z.enum(['draft', 'open', 'closed', 'filled', 'cancelled']).optional(),
  area: slugOrId.optional(),
});
export const contractsPage = pageOf(contractSummary);

export const contractView = contractSummary.extend({
  description: z.string(),
  currency: z.string(),
  opensOn: z.string().nullable(),
  macroAsset: ref.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  contract: z
    .object({
      ocid: z.string(),
      buyer: ref,
      procurementMethod: z.string(),
      mainCategory: z.string(),
      items: z.array(
        z.object({
          id: z.string(),
          description: z.string(),
          classification: z
            .object({ scheme: z.string(), id: z.string(), description: z.string().optional() })
            .optional(),
          quantity: z.number().optional(),
        }),
      ),
    })
    .nullable(),
  grant: z
    .object({
      identifier: z.string(),
      funder: z.object({ name: z.string(), orgId: z.string(), partner: ref.nullable() }),
      grantProgramme: z.string(),
      plannedStart: z.string().nullable(),
      plannedEnd: z.string().nullable(),
    })
    .nullable(),
});
export const idParams = z.object({ id: z.uuid() });
export const created = z.object({ id: z.string() });

const note = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export const suggestionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });
export const suggestionsView = z.object({
  items: z.array(
    z.object({
      kind: z.enum(['enterprise', 'consortium']),
      id: z.string(),
      name: z.string(),
      score: z.number(),
      components: z.object({ capability: z.number(), capacity: z.number(), area: z.number() }),
      reasons: z.array(note),
      gaps: z.array(note),
      area: ref.nullable(),
    }),
  ),
  considered: z.number().int(),
});
