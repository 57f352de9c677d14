import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema } from '../../../lib/list';

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

const option = z.object({ id: z.string(), slug: z.string(), name: z.string() });
export type Option = z.infer<typeof option>;
const market = z.object({ code: z.string(), label: z.record(z.string(), z.string()) });

/** Everything the form chooses from: markets (city-pack), partners (buyers, funders), macro-assets and wards. */
export function useContractChoices() {
  return useQuery({
    queryKey: ['contract-form-choices'],
    queryFn: async () => {
      const [reference, partners, macroAssets, areas] = await Promise.all([
        getJson('/api/v1/directory/reference', z.object({ markets: z.array(market) })),
        getJson('/api/v1/partners?pageSize=100&sort=name', listSchema(option)),
        getJson('/api/v1/macro-assets?pageSize=100&sort=name', listSchema(option)),
        getJson('/api/v1/areas?pageSize=100&sort=name', listSchema(option)),
      ]);
      return {
        markets: reference.markets,
        partners: partners.items,
        macroAssets: macroAssets.items,
        areas: areas.items,
      };
    },
    staleTime: 5 * 60_000,
  });
}
export type ContractChoices = NonNullable<ReturnType<typeof useContractChoices>['data']>;
