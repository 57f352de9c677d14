import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { activityKinds, activityVisibilities } from './activity.rules';
import { referralActions, referralStatuses } from './referrals.rules';

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const wpRef = ref.extend({ code: z.string() });
const refText = z.string().trim().min(1).max(100);

export const referralView = z.object({
  id: z.string(),
  status: z.enum(referralStatuses),
  resident: z.object({
    id: z.string(),
    reference: z.string(),
    displayName: z.string(),
    languages: z.array(z.string()),
    area: z.string().nullable(),
  }),
  reason: z.string(),
  declineReason: z.string().nullable(),
  from: z.object({ partner: ref, workPackage: wpRef.nullable() }),
  to: z.object({ partner: ref, workPackage: wpRef }),
  sentAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  responseHours: z.number(),
  waitingListNotice: z.string().nullable(),
  version: z.number().int(),
});
export const referralsPage = pageOf(referralView);
export const referralsQuery = listQuery(['sentAt', 'status'], '-sentAt').extend({
  box: z.enum(['inbox', 'outbox', 'all']).optional(),
  status: z.enum(referralStatuses).optional(),
  workPackage: refText.optional(),
});
export const createReferralBody = z.strictObject({
  resident: refText,
  toWorkPackage: refText,
  fromWorkPackage: refText.optional(),
  reason: z.string().trim().min(1).max(2000),
});
export const respondReferralBody = z.strictObject({
  action: z.enum(referralActions),
  reason: z.string().trim().max(2000).optional(),
  version: z.number().int().min(1),
});

export const consentsView = z.object({
  residentId: z.string(),
  reference: z.string(),
  consents: z.record(z.string(), z.boolean()),
  records: z.array(
    z.object({
      purpose: z.string(),
      granted: z.boolean(),
      recordedAt: z.iso.datetime().nullable(),
      recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
});
const flag = z.boolean().optional();
export const consentsBody = z.strictObject({
  contact: flag,
  referral: flag,
  matching: flag,
  enterprise_support: flag,
  research: flag,
  publicity: flag,
});

export const activityView = z.object({
  id: z.string(),
  kind: z.enum(activityKinds),
  summary: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }),
  visibility: z.enum(activityVisibilities),
  occurredAt: z.iso.datetime(),
  partner: ref.nullable(),
  workPackage: wpRef.nullable(),
});
export const activityPage = pageOf(activityView);
export const activityQuery = listQuery(['occurredAt'], '-occurredAt').extend({
  partner: refText.optional(),
  workPackage: refText.optional(),
  kind: z.enum(activityKinds).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export const idParams = z.object({ id: z.string().min(1).max(100) });
