/** Micro-assets: the fixed vocabularies and the pure decisions about kinds, places and who may see what. */

export const microAssetKinds = {
  human: ['skill', 'qualification', 'talent', 'idea'],
  community: ['group', 'network', 'social_enterprise'],
  physical: ['building', 'green_space', 'blue_space'],
  financial: ['financial'],
} as const;
export type MicroAssetCategory = keyof typeof microAssetKinds;
export const microAssetCategories = Object.keys(microAssetKinds) as [MicroAssetCategory, ...MicroAssetCategory[]];
export const allMicroAssetKinds = Object.values(microAssetKinds).flat() as [string, ...string[]];
export const ownerTypes = ['resident', 'partner', 'area'] as const;
export const provenances = ['questionnaire', 'interview', 'partner_report', 'self_registration', 'import'] as const;
export const visibilities = ['public', 'partners', 'private'] as const;
export type OwnerType = (typeof ownerTypes)[number];
export type Visibility = (typeof visibilities)[number];

/** Why a kind does not fit a category (the database enforces the same pairs), or null. */
export function kindProblem(category: string, kind: string): string | null {
  const kinds = (microAssetKinds as Record<string, readonly string[]>)[category];
  if (!kinds) return `unknown category ${category}`;
  if (kinds.includes(kind)) return null;
  const home = microAssetCategories.find((c) => (microAssetKinds[c] as readonly string[]).includes(kind));
  return home
    ? `kind ${kind} belongs to category ${home}, not ${category}`
    : `kind must be one of ${kinds.join(', ')} for category ${category}`;
}

/** A resident's asset is never placed at a point: that could be where they live. */
export function locationProblem(ownerType: OwnerType, hasLocation: boolean): string | null {
  return ownerType === 'resident' && hasLocation
    ? "a resident's asset cannot have a location (it could pinpoint where they live); give an area instead"
    : null;
}

/** Resident-owned assets are always private to the recording partner; anything wider is refused, not ignored. */
export function visibilityProblem(ownerType: OwnerType, visibility: Visibility | undefined): string | null {
  return ownerType === 'resident' && visibility !== undefined && visibility !== 'private'
    ? "a resident's asset is visible only to the recording partner: visibility must be private"
    : null;
}

/** An area-owned asset lies in its owner area. */
export function areaProblem(ownerType: OwnerType, ownerAreaId: string | null, areaId: string | null): string | null {
  return ownerType === 'area' && areaId !== ownerAreaId ? "an area's asset lies in that area: leave area out" : null;
}

export interface Viewer {
  role: string;
  partnerId: string;
  /** programme admins (and the system) see every partner's records */
  allPartners: boolean;
}

/** Roles that work for a partner organisation; `viewer` (funders, observers) sees only public assets. */
export const isPartnerRole = (role: string): boolean => role !== 'viewer';

/**
 * Who sees a micro-asset: the recording partner always; nobody else a resident's asset, a private one or one
 * flagged sensitive; partner roles a partners-only one; every signed-in user a public one. The list, export,
 * linking, map and search queries apply the same rule in SQL.
 */
export function canSeeMicroAsset(
  viewer: Viewer,
  asset: { partnerId: string; ownerType: string; visibility: string; sensitive: boolean },
): boolean {
  if (viewer.allPartners || viewer.partnerId === asset.partnerId) return true;
  if (asset.ownerType === 'resident' || asset.visibility === 'private' || asset.sensitive) return false;
  return asset.visibility === 'public' || (asset.visibility === 'partners' && isPartnerRole(viewer.role));
}
