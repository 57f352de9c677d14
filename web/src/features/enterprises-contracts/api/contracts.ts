import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** Contracts and grants, suggested suppliers, bids, awards and the value-retained-locally ledger. */
const ref = z.object({ id: z.string(), name: z.string() });
const summarySchema = z.object({
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
export type ContractSummary = z.infer<typeof summarySchema>;
const contractSchema = summarySchema.extend({
  description: z.string(),
  currency: z.string(),
  macroAsset: ref.nullable(),
  contract: z.object({ ocid: z.string(), buyer: ref, procurementMethod: z.string() }).nullable(),
  grant: z
    .object({ identifier: z.string(), funder: z.object({ name: z.string() }), grantProgramme: z.string() })
    .nullable(),
});
const note = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type Note = z.infer<typeof note>;
const suggestionSchema = z.object({
  kind: z.enum(['enterprise', 'consortium']),
  id: z.string(),
  name: z.string(),
  score: z.number(),
  reasons: z.array(note),
  gaps: z.array(note),
  area: ref.nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
const bidSchema = z.object({
  id: z.string(),
  bidder: z.object({ kind: z.enum(['enterprise', 'consortium']), id: z.string(), name: z.string() }),
  status: z.enum(['draft', 'submitted', 'won', 'lost', 'withdrawn']),
  amount: z.number().nullable(),
  version: z.number(),
  award: z.object({ id: z.string(), amount: z.number(), awardDate: z.string() }).nullable(),
});
export type Bid = z.infer<typeof bidSchema>;
const cell = z.object({ amount: z.number(), enterprises: z.number().nullable() });
const ledgerSchema = z.object({
  total: cell,
  byYear: z.array(cell.extend({ year: z.number() })),
  byWard: z.array(cell.extend({ area: ref.nullable() })),
  byWardYear: z.array(cell.extend({ area: ref.nullable(), year: z.number() })),
});
export type Ledger = z.infer<typeof ledgerSchema>;

export const contractFilterKeys = ['kind', 'market', 'status'] as const;

export function useContracts(query: ListQuery) {
  return useQuery({
    queryKey: ['contracts', query],
    queryFn: () => getJson(listUrl('/api/v1/enterprises/contracts', query), listSchema(summarySchema)),
    placeholderData: keepPreviousData,
  });
}
export const useContract = (id: string) =>
  useQuery({
    queryKey: ['contract', id],
    queryFn: () => getJson(`/api/v1/enterprises/contracts/${encodeURIComponent(id)}`, contractSchema),
  });
export const useSuggestions = (id: string) =>
  useQuery({
    queryKey: ['contract', id, 'suggestions'],
    queryFn: () =>
      getJson(
        `/api/v1/enterprises/contracts/${encodeURIComponent(id)}/suggestions`,
        z.object({ items: z.array(suggestionSchema) }),
      ),
  });
export const useBids = (opportunity: string) =>
  useQuery({
    queryKey: ['contract', opportunity, 'bids'],
    queryFn: () =>
      getJson(
        `/api/v1/enterprises/bids?pageSize=100&opportunity=${encodeURIComponent(opportunity)}`,
        listSchema(bidSchema),
      ),
  });
export const useLedger = (year: string) =>
  useQuery({
    queryKey: ['ledger', year],
    queryFn: () =>
      getJson(`/api/v1/enterprises/ledger${year ? `?year=${encodeURIComponent(year)}` : ''}`, ledgerSchema),
  });

export const recordBid = (
  opportunity: string,
  bidder: { kind: Suggestion['kind']; id: string },
  amount: number | null,
) =>
  sendJson(
    'POST',
    `/api/v1/enterprises/contracts/${encodeURIComponent(opportunity)}/bids`,
    { [bidder.kind]: bidder.id, status: 'submitted', ...(amount ? { amount } : {}) },
    bidSchema,
  );
export const changeBid = (bid: Bid, status: 'lost' | 'withdrawn') =>
  sendJson(
    'PATCH',
    `/api/v1/enterprises/bids/${encodeURIComponent(bid.id)}`,
    { version: bid.version, status },
    bidSchema,
  );
export const recordAward = (bid: string, amount: number, awardDate: string) =>
  sendJson('POST', '/api/v1/enterprises/awards', { bid, amount, awardDate }, z.object({ id: z.string() }));
