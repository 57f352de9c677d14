import { safeCell, type OutCell } from './cells.rules';

/**
 * What each exported row holds. Columns use the import names (docs/imports.md), so an export can be edited and
 * imported again; id, version and timestamps ride along and are ignored on import.
 */

interface RefLike {
  id: string;
  slug: string;
  name: string;
}

export interface OpportunityLike {
  id: string;
  kind: string;
  title: string;
  description: string;
  publisher: { partner: RefLike; macroAsset: RefLike | null };
  occupations: { code: string }[];
  qualifications: string[];
  englishLevel: string | null;
  legalGates: string[];
  area: RefLike | null;
  location: { lat: number; lng: number } | null;
  quantity: number;
  value: string | null;
  opensOn: string | null;
  closesOn: string | null;
  status: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MicroAssetLike {
  id: string;
  category: string;
  kind: string;
  name: string;
  description: string;
  occupation: { code: string } | null;
  owner: { type: string; partner?: RefLike; area?: RefLike; resident?: { id: string; reference: string } };
  area: RefLike | null;
  location: { lat: number; lng: number } | null;
  provenance: string;
  sourceRef: string | null;
  visibility: string;
  sensitive: boolean;
  partner: RefLike;
  createdAt: string;
  updatedAt: string;
}

export const opportunityExportColumns = [
  'id',
  'kind',
  'title',
  'description',
  'partner',
  'macro_asset',
  'occupations',
  'qualifications',
  'english_level',
  'legal_gates',
  'area',
  'lat',
  'lng',
  'quantity',
  'value',
  'opens_on',
  'closes_on',
  'status',
  'version',
  'created_at',
  'updated_at',
] as const;

export const microAssetExportColumns = [
  'id',
  'category',
  'kind',
  'name',
  'description',
  'occupation_code',
  'owner_type',
  'owner',
  'partner',
  'area',
  'lat',
  'lng',
  'provenance',
  'source_ref',
  'visibility',
  'sensitive',
  'created_at',
  'updated_at',
] as const;

const joined = (values: readonly string[]) => values.join(';');

/** Every text cell neutralised against formula injection; numbers stay numbers. */
const safeRow = (cells: OutCell[]): OutCell[] => cells.map(safeCell);

export function opportunityCells(o: OpportunityLike): OutCell[] {
  return safeRow([
    o.id,
    o.kind,
    o.title,
    o.description,
    o.publisher.partner.slug,
    o.publisher.macroAsset?.slug ?? null,
    joined(o.occupations.map((c) => c.code)),
    joined(o.qualifications),
    o.englishLevel,
    joined(o.legalGates),
    o.area?.slug ?? null,
    o.location?.lat ?? null,
    o.location?.lng ?? null,
    o.quantity,
    o.value,
    o.opensOn,
    o.closesOn,
    o.status,
    o.version,
    o.createdAt,
    o.updatedAt,
  ]);
}

function ownerCell(m: MicroAssetLike): string | null {
  if (m.owner.type === 'resident') return m.owner.resident?.id ?? null;
  if (m.owner.type === 'partner') return m.owner.partner?.slug ?? null;
  return m.owner.area?.slug ?? m.area?.slug ?? null;
}

/** Only assets that are neither resident-owned nor sensitive are ever given a point. */
export const mayPlace = (m: Pick<MicroAssetLike, 'owner' | 'sensitive'>): boolean =>
  m.owner.type !== 'resident' && !m.sensitive;

export function microAssetCells(m: MicroAssetLike): OutCell[] {
  const point = mayPlace(m) ? m.location : null;
  return safeRow([
    m.id,
    m.category,
    m.kind,
    m.name,
    m.description,
    m.occupation?.code ?? null,
    m.owner.type,
    ownerCell(m),
    m.partner.slug,
    m.area?.slug ?? null,
    point?.lat ?? null,
    point?.lng ?? null,
    m.provenance,
    m.sourceRef,
    m.visibility,
    m.sensitive,
    m.createdAt,
    m.updatedAt,
  ]);
}

type Point = { type: 'Point'; coordinates: [number, number] };
export interface Feature {
  type: 'Feature';
  id: string;
  geometry: Point | null;
  properties: Record<string, unknown>;
}

const pointOf = (location: { lat: number; lng: number } | null): Point | null =>
  location ? { type: 'Point', coordinates: [location.lng, location.lat] } : null;

/** GeoJSON (RFC 7946: [longitude, latitude]); an opportunity without a location has a null geometry. */
export function opportunityFeature(o: OpportunityLike): Feature {
  return {
    type: 'Feature',
    id: o.id,
    geometry: pointOf(o.location),
    properties: {
      kind: o.kind,
      title: o.title,
      partner: o.publisher.partner.name,
      macroAsset: o.publisher.macroAsset?.name ?? null,
      occupations: o.occupations.map((c) => c.code),
      area: o.area?.name ?? null,
      quantity: o.quantity,
      value: o.value,
      opensOn: o.opensOn,
      closesOn: o.closesOn,
      status: o.status,
    },
  };
}

/** A resident's asset (or a sensitive one) never gets coordinates, and never names the resident. */
export function microAssetFeature(m: MicroAssetLike): Feature {
  return {
    type: 'Feature',
    id: m.id,
    geometry: mayPlace(m) ? pointOf(m.location) : null,
    properties: {
      category: m.category,
      kind: m.kind,
      name: m.name,
      ownerType: m.owner.type,
      owner: m.owner.type === 'resident' ? null : (m.owner.partner?.name ?? m.owner.area?.name ?? null),
      area: m.area?.name ?? null,
      occupation: m.occupation?.code ?? null,
      visibility: m.visibility,
    },
  };
}
