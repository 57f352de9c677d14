import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const occupationRef = z.object({ code: z.string(), label: z.string() });
/** a published count: null means "fewer than 5" (small cells are suppressed) */
const count = z.number().int().nullable().describe('null means fewer than 5');

export const opportunityKinds = [
  'vacancy',
  'training_place',
  'work_placement',
  'contract',
  'grant',
  'volunteering',
  'space',
] as const;
export const opportunityStatuses = ['draft', 'open', 'closed', 'filled', 'cancelled'] as const;

export const idParams = z.object({ id: z.string().min(1).max(100) });

export const linksQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const linksView = z.object({
  macroAsset: ref,
  opportunities: z.array(
    z.object({
      opportunity: z.object({
        id: z.string(),
        title: z.string(),
        kind: z.string(),
        status: z.string(),
        quantity: z.number().int(),
        closesOn: z.string().nullable(),
        occupations: z.array(occupationRef),
      }),
      supply: z.object({ total: count, byArea: z.array(z.object({ area: ref, count })) }),
      candidates: z.array(
        z.object({
          microAsset: z.object({
            id: z.string(),
            name: z.string(),
            kind: z.string(),
            category: z.string(),
            owner: z.object({ type: z.string() }),
          }),
          score: z.number().min(0).max(1),
          reasons: z.array(z.string()),
        }),
      ),
      gap: z.boolean().describe('true when nothing local can supply it: a training need'),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int().describe('open opportunities of the macro-asset, over all pages'),
  gaps: z.object({
    trainingNeeds: z.array(z.object({ opportunityId: z.string(), title: z.string(), quantity: z.number().int() })),
  }),
});

export const areaOpportunitiesQuery = listQuery(['closesOn', 'title', 'kind'], 'closesOn').extend({
  kind: z.enum(opportunityKinds).optional(),
  status: z.enum(opportunityStatuses).default('open'),
});

export const reaches = ['area', 'location', 'macro_asset', 'programme'] as const;

export const areaOpportunity = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  status: z.string(),
  quantity: z.number().int(),
  closesOn: z.string().nullable(),
  area: ref.nullable(),
  macroAsset: ref.nullable(),
  publisher: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  occupations: z.array(occupationRef),
  reach: z
    .enum(reaches)
    .describe('why it reaches the area: set in it, located in it, published by a macro-asset in it, or programme-wide'),
});
export const areaOpportunitiesPage = pageOf(areaOpportunity);

export const gapsView = z.object({
  trainingNeeds: z.array(
    z.object({
      opportunity: z.object({ id: z.string(), title: z.string(), kind: z.string() }),
      demand: z.number().int(),
      supply: z.literal(0),
    }),
  ),
  hiddenTalent: z.array(
    z.object({
      occupation: occupationRef,
      supply: count,
      areas: z.array(z.object({ area: ref, count })),
    }),
  ),
});
