import { z } from 'zod';

/**
 * The subset of Open Referral HSDS 3.0 we publish (standards-geography.md §3.1): required fields as the
 * standard requires them, ids as UUIDs, and no other fields (strict), so nothing internal can leak into the file.
 */
const uuid = z.uuid();

export const hsdsOrganization = z.strictObject({
  id: uuid,
  name: z.string().min(1),
  description: z.string().min(1),
  email: z.string().nullable(),
  website: z.string().nullable(),
});

export const hsdsService = z.strictObject({
  id: uuid,
  organization_id: uuid,
  name: z.string().min(1),
  description: z.string(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  url: z.string().nullable(),
  email: z.string().nullable(),
  service_areas: z.array(z.strictObject({ id: uuid, service_id: uuid, name: z.string() })),
  service_at_locations: z.array(z.strictObject({ id: uuid, service_id: uuid, location_id: uuid })),
});

export const hsdsLocation = z.strictObject({
  id: uuid,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  organization_id: uuid,
  name: z.string(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const hsdsDocumentSchema = z.strictObject({
  organizations: z.array(hsdsOrganization),
  services: z.array(hsdsService),
  locations: z.array(hsdsLocation),
});
