import { createHash } from 'node:crypto';
import type { MicroAssetLike } from './exports.rules';

/**
 * Open Referral HSDS 3.0 (organization, service, location; standards-geography.md §3.1) for the community
 * directory: partners that are NGOs, charities or social enterprises, and community micro-assets (groups,
 * networks, social enterprises) as services. A location is confidential when its asset is sensitive, private
 * or a resident's: the service stays, the location (coordinates, address) is left out entirely, and nothing
 * in the file says why (HSDS has no confidentiality flag; Open Referral UK keeps such flags internal).
 */

export const directoryPartnerKinds = ['ngo', 'charity', 'social_enterprise'] as const;

export interface PartnerLike {
  id: string;
  name: string;
  description: string;
  website: string | null;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email: string | null;
  website: string | null;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: 'active';
  url: string | null;
  email: string | null;
  service_areas: { id: string; service_id: string; name: string }[];
  service_at_locations: { id: string; service_id: string; location_id: string }[];
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface HsdsDocument {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
}

/** HSDS 3.0 ids are UUIDs: records we derive (an asset's own organisation, its location) get stable name-based ones. */
export function derivedId(kind: string, id: string): string {
  const h = createHash('sha1').update(`useit:${kind}:${id}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const isConfidential = (a: Pick<MicroAssetLike, 'sensitive' | 'visibility' | 'owner'>): boolean =>
  a.sensitive || a.visibility === 'private' || a.owner.type === 'resident';

const organizationOf = (p: PartnerLike): HsdsOrganization => ({
  id: p.id,
  name: p.name,
  description: p.description || p.name,
  email: null,
  website: p.website,
});

/** A group owned by a partner is that partner's service; any other is an organisation of its own. */
function serviceOf(a: MicroAssetLike, organizationId: string, location: HsdsLocation | null): HsdsService {
  return {
    id: a.id,
    organization_id: organizationId,
    name: a.name,
    description: a.description || a.name,
    status: 'active',
    url: null,
    email: null,
    service_areas: a.area ? [{ id: derivedId('service_area', a.id), service_id: a.id, name: a.area.name }] : [],
    service_at_locations: location
      ? [{ id: derivedId('service_at_location', a.id), service_id: a.id, location_id: location.id }]
      : [],
  };
}

export function hsdsDocument(partners: readonly PartnerLike[], assets: readonly MicroAssetLike[]): HsdsDocument {
  const organizations = new Map<string, HsdsOrganization>(partners.map((p) => [p.id, organizationOf(p)]));
  const services: HsdsService[] = [];
  const locations: HsdsLocation[] = [];
  for (const a of assets) {
    const owner = a.owner.type === 'partner' && a.owner.partner ? organizations.get(a.owner.partner.id) : undefined;
    const organizationId = owner?.id ?? derivedId('organization', a.id);
    if (!owner)
      organizations.set(organizationId, {
        id: organizationId,
        name: a.name,
        description: a.description || a.name,
        email: null,
        website: null,
      });
    const location: HsdsLocation | null =
      !isConfidential(a) && a.location
        ? {
            id: derivedId('location', a.id),
            location_type: 'physical',
            organization_id: organizationId,
            name: a.name,
            latitude: a.location.lat,
            longitude: a.location.lng,
          }
        : null;
    if (location) locations.push(location);
    services.push(serviceOf(a, organizationId, location));
  }
  return { organizations: [...organizations.values()], services, locations };
}
