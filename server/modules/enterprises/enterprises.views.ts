import type { EnterpriseFields, Stage, turnoverBands } from './enterprises.rules';
import type { EnterpriseRow } from './enterprises.repo';

/** Explicit mappers from rows to API shapes: responses never carry raw rows. */

const iso = (d: Date | string) => new Date(d).toISOString();
const areaOf = (r: EnterpriseRow) => (r.area_id && r.area_name ? { id: r.area_id, name: r.area_name } : null);

export function toSummary(r: EnterpriseRow) {
  return {
    id: r.id,
    name: r.name,
    legalForm: r.legal_form,
    stage: r.stage as Stage,
    markets: r.markets,
    area: areaOf(r),
    localJobs: r.local_jobs,
    status: r.status as 'pending' | 'approved',
    listedPublicly: r.listed_publicly,
    updatedAt: iso(r.updated_at),
  };
}

export interface ViewExtras {
  contacts: { name: string; role: string; email: string | null; phone: string | null }[];
  users: { id: string; display_name: string; email: string }[];
  hasLogo: boolean;
  pendingChange: string | null;
  consortia: { id: string; name: string; role: string }[];
}

export function toView(r: EnterpriseRow, x: ViewExtras) {
  return {
    ...toSummary(r),
    sectors: r.sectors,
    productsServices: r.products_services,
    turnoverBand: r.turnover_band as (typeof turnoverBands)[number],
    socialMission: r.social_mission,
    membersCount: r.members_count,
    website: r.website,
    publicEmail: r.public_email,
    partner: r.partner_id && r.partner_name ? { id: r.partner_id, name: r.partner_name } : null,
    contacts: x.contacts,
    users: x.users.map((u) => ({ id: u.id, displayName: u.display_name, email: u.email })),
    hasLogo: x.hasLogo,
    pendingChange: x.pendingChange,
    consortia: x.consortia,
    createdAt: iso(r.created_at),
    version: r.version,
  };
}
export type EnterpriseView = ReturnType<typeof toView>;

/** The editable fields of a stored enterprise, for diffs and change requests. */
export function fieldsOf(r: EnterpriseRow): EnterpriseFields {
  return {
    name: r.name,
    legalForm: r.legal_form,
    stage: r.stage as Stage,
    markets: r.markets,
    sectors: r.sectors,
    productsServices: r.products_services,
    areaId: r.area_id,
    localJobs: r.local_jobs,
    turnoverBand: r.turnover_band as EnterpriseFields['turnoverBand'],
    socialMission: r.social_mission,
    membersCount: r.members_count,
    website: r.website,
    publicEmail: r.public_email,
    listedPublicly: r.listed_publicly,
  };
}

/** Columns for a set of fields (insert or update). */
export function columnsOf(f: Partial<EnterpriseFields>) {
  const map: Record<keyof EnterpriseFields, string> = {
    name: 'name',
    legalForm: 'legal_form',
    stage: 'stage',
    markets: 'markets',
    sectors: 'sectors',
    productsServices: 'products_services',
    areaId: 'area_id',
    localJobs: 'local_jobs',
    turnoverBand: 'turnover_band',
    socialMission: 'social_mission',
    membersCount: 'members_count',
    website: 'website',
    publicEmail: 'public_email',
    listedPublicly: 'listed_publicly',
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined) out[map[k as keyof EnterpriseFields]] = v;
  return out;
}
