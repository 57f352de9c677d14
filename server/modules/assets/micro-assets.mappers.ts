import type { MicroAssetRow } from './micro-assets.repo';
import type { MicroAssetCategory, OwnerType, Visibility } from './micro-assets.rules';
import type { Ref } from './opportunities.mappers';

/** The one shape a micro-asset leaves the server in. */
export interface MicroAssetView {
  id: string;
  category: MicroAssetCategory;
  kind: string;
  name: string;
  description: string;
  occupation: { code: string; label: string } | null;
  owner: { type: OwnerType; partner?: Ref; area?: Ref; resident?: { id: string; reference: string } };
  area: Ref | null;
  location: { lat: number; lng: number } | null;
  provenance: string;
  sourceRef: string | null;
  visibility: Visibility;
  sensitive: boolean;
  partner: Ref;
  createdAt: string;
  updatedAt: string;
}

function ownerOf(r: MicroAssetRow, area: Ref | null): MicroAssetView['owner'] {
  const type = r.owner_type as OwnerType;
  if (type === 'resident') return { type, resident: { id: r.resident_id!, reference: r.resident_reference ?? '' } };
  if (type === 'partner')
    return { type, partner: { id: r.owner_partner_id!, slug: r.owner_partner_slug!, name: r.owner_partner_name! } };
  return area ? { type, area } : { type };
}

export function toMicroAssetView(r: MicroAssetRow): MicroAssetView {
  const area = r.area_id && r.area_slug && r.area_name ? { id: r.area_id, slug: r.area_slug, name: r.area_name } : null;
  const labels = r.occupation_labels as Record<string, string> | null;
  return {
    id: r.id,
    category: r.category as MicroAssetCategory,
    kind: r.kind,
    name: r.name,
    description: r.description,
    occupation: r.occupation_code ? { code: r.occupation_code, label: labels?.en ?? r.occupation_code } : null,
    owner: ownerOf(r, area),
    area,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    provenance: r.provenance,
    sourceRef: r.source_ref,
    visibility: r.visibility as Visibility,
    sensitive: r.sensitive,
    partner: { id: r.partner_id, slug: r.partner_slug, name: r.partner_name },
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
