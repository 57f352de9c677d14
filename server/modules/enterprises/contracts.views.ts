import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Deps } from '../../deps';
import type { OpportunityView } from '../assets/opportunities.service';
import { listPartners } from '../identity/identity.directory.service';
import { listAreas } from '../places/places.service';
import type { FeaturesRow } from './contracts.repo';
import type { contractSummary, contractView } from './contracts.schemas';
import type { ContractDetailsTable, GrantDetailsTable } from './contracts.tables';

/** Responses leave through these mappers, never as rows. */

type Ref = { id: string; name: string };
export interface Names {
  areas: Map<string, Ref>;
  partners: Map<string, Ref & { slug: string }>;
}

/** Ward and partner names (tens of each), read through their modules' services. */
export async function contractNames(deps: Deps): Promise<Names> {
  const [areas, partners] = await Promise.all([
    listAreas(deps, { page: 1, pageSize: 100, sort: 'name' }),
    listPartners(deps, { page: 1, pageSize: 100, sort: 'name' }),
  ]);
  return {
    areas: new Map(areas.items.map((a) => [a.id, { id: a.id, name: a.name }])),
    partners: new Map(partners.items.map((p) => [p.id, { id: p.id, name: p.name, slug: p.slug }])),
  };
}

const nameOf = (m: Map<string, Ref>, id: string | null): Ref | null => (id ? (m.get(id) ?? { id, name: id }) : null);
const refOnly = (r: Ref | null): Ref | null => (r ? { id: r.id, name: r.name } : null);

export function toContractSummary(r: FeaturesRow, names: Names): z.output<typeof contractSummary> {
  return {
    id: r.opportunity_id,
    kind: r.kind,
    title: r.title,
    status: r.status,
    value: r.value === null ? null : Number(r.value),
    market: r.market,
    capabilities: r.capabilities,
    area: refOnly(nameOf(names.areas, r.area_id)),
    closesOn: r.closes_on,
    partner: refOnly(nameOf(names.partners, r.partner_id))!,
  };
}

export function toContractView(
  r: FeaturesRow,
  o: OpportunityView,
  c: Selectable<ContractDetailsTable> | undefined,
  g: Selectable<GrantDetailsTable> | undefined,
  names: Names,
): z.output<typeof contractView> {
  return {
    ...toContractSummary(r, names),
    description: o.description,
    currency: c?.currency ?? g?.currency ?? 'GBP',
    opensOn: o.opensOn,
    macroAsset: o.publisher.macroAsset ? { id: o.publisher.macroAsset.id, name: o.publisher.macroAsset.name } : null,
    version: o.version,
    createdAt: o.createdAt,
    contract: c
      ? {
          ocid: c.ocid,
          buyer: refOnly(nameOf(names.partners, c.buyer_partner_id))!,
          procurementMethod: c.procurement_method,
          mainCategory: c.main_category,
          items: c.items,
        }
      : null,
    grant: g
      ? {
          identifier: g.identifier,
          funder: {
            name: g.funder_name,
            orgId: g.funder_org_id,
            partner: refOnly(nameOf(names.partners, g.funder_partner_id)),
          },
          grantProgramme: g.grant_programme,
          plannedStart: g.planned_start,
          plannedEnd: g.planned_end,
        }
      : null,
  };
}
