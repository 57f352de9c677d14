import type { OpportunityKind, OpportunityStatus } from './opportunities.rules';
import type { OpportunityRow } from './opportunities.repo';

/** The one shape an opportunity leaves the server in, and the snapshot its history keeps. */

export interface Ref {
  id: string;
  slug: string;
  name: string;
}

export interface OpportunityView {
  id: string;
  kind: OpportunityKind;
  title: string;
  description: string;
  publisher: { partner: Ref; macroAsset: Ref | null };
  occupations: { code: string; label: string }[];
  qualifications: string[];
  englishLevel: string | null;
  legalGates: string[];
  area: Ref | null;
  location: { lat: number; lng: number } | null;
  quantity: number;
  value: string | null;
  opensOn: string | null;
  closesOn: string | null;
  status: OpportunityStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const refOf = (id: string | null, slug: string | null, name: string | null): Ref | null =>
  id !== null && slug !== null && name !== null ? { id, slug, name } : null;

export function toOpportunityView(r: OpportunityRow, occupations: { code: string; label: string }[]): OpportunityView {
  return {
    id: r.id,
    kind: r.kind as OpportunityKind,
    title: r.title,
    description: r.description,
    publisher: {
      partner: { id: r.partner_id, slug: r.partner_slug, name: r.partner_name },
      macroAsset: refOf(r.macro_asset_id, r.macro_asset_slug, r.macro_asset_name),
    },
    occupations,
    qualifications: r.qualifications,
    englishLevel: r.english_level,
    legalGates: r.legal_gates,
    area: refOf(r.area_id, r.area_slug, r.area_name),
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    quantity: r.quantity,
    value: r.value,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    status: r.status as OpportunityStatus,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** What the history keeps of each version: the view without its timestamps (the change row has its own). */
export function snapshotOf(view: OpportunityView): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, id: _id, ...rest } = view;
  return { ...rest, occupations: view.occupations.map((o) => o.code) };
}
