import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { useAreas } from '../../../lib/areas';
import { useMacroAssetOptions, usePartnerOptions } from '../../../lib/options';

/** Publishing and editing a contract or grant: the full view the edit form starts from, and the choices it offers. */
const ref = z.object({ id: z.string(), name: z.string() });
export const editableContractSchema = z.object({
  id: z.string(),
  kind: z.enum(['contract', 'grant']),
  title: z.string(),
  description: z.string(),
  status: z.string(),
  value: z.number().nullable(),
  market: z.string(),
  capabilities: z.array(z.string()),
  area: ref.nullable(),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  macroAsset: ref.nullable(),
  partner: ref,
  version: z.number(),
  contract: z
    .object({
      ocid: z.string(),
      buyer: ref,
      procurementMethod: z.string(),
      mainCategory: z.string(),
      items: z.array(
        z.object({
          description: z.string(),
          classification: z.object({ scheme: z.string(), id: z.string() }).optional(),
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
export type EditableContract = z.infer<typeof editableContractSchema>;

const contractUrl = (id: string) => `/api/v1/enterprises/contracts/${encodeURIComponent(id)}`;

export const useEditableContract = (id: string) =>
  useQuery({ queryKey: ['contract', id, 'editable'], queryFn: () => getJson(contractUrl(id), editableContractSchema) });

export const publishContract = (body: Record<string, unknown>) =>
  sendJson('POST', '/api/v1/enterprises/contracts', body, z.object({ id: z.string() }));
export const editContract = (id: string, body: Record<string, unknown>) =>
  sendJson('PUT', contractUrl(id), body, z.object({ id: z.string() }));

const market = z.object({ code: z.string(), label: z.record(z.string(), z.string()) });
const useMarkets = () =>
  useQuery({
    queryKey: ['directory-reference', 'markets'],
    queryFn: async () => (await getJson('/api/v1/directory/reference', z.object({ markets: z.array(market) }))).markets,
    staleTime: 5 * 60_000,
  });

/** Everything the form chooses from: markets (city-pack), partners (buyers, funders), macro-assets and wards. */
export function useContractChoices() {
  const queries = [useMarkets(), usePartnerOptions(true), useMacroAssetOptions(), useAreas()] as const;
  const [markets, partners, macroAssets, areas] = queries;
  const all = markets.data && partners.data && macroAssets.data && areas.data;
  return {
    data: all
      ? { markets: markets.data, partners: partners.data, macroAssets: macroAssets.data, areas: areas.data }
      : undefined,
    error: queries.find((q) => q.error)?.error ?? null,
    refetch: () => Promise.all(queries.map((q) => (q.error ? q.refetch() : null))),
  };
}
export type ContractChoices = NonNullable<ReturnType<typeof useContractChoices>['data']>;
