import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';

/** A resident's consents per purpose (the one store that matching and referrals both read). */
export const consentPurposes = [
  'contact',
  'referral',
  'matching',
  'enterprise_support',
  'research',
  'publicity',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

const consentsSchema = z.object({
  residentId: z.string(),
  reference: z.string(),
  consents: z.record(z.string(), z.boolean()),
  records: z.array(
    z.object({
      purpose: z.enum(consentPurposes),
      granted: z.boolean(),
      recordedAt: z.string().nullable(),
      recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
});
export type ResidentConsents = z.infer<typeof consentsSchema>;

const url = (resident: string) => `/api/v1/residents/${encodeURIComponent(resident)}/consents`;

export function useResidentConsents(resident: string) {
  return useQuery({ queryKey: ['resident-consents', resident], queryFn: () => getJson(url(resident), consentsSchema) });
}

export const recordConsents = (resident: string, consents: Partial<Record<ConsentPurpose, boolean>>) =>
  sendJson('PUT', url(resident), consents, consentsSchema);

/** A refused referral names `body.resident` when consent is missing: the form then offers the consent screen. */
export const missingConsent = (errors: { path: string; message: string }[]) =>
  errors.some((e) => e.path === 'body.resident' && e.message.startsWith('no consent'));
