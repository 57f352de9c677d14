import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

export const auditQuery = listQuery(['at', 'action', 'entity'], '-at').extend({
  action: z.string().max(100).optional(),
  entity: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(254).optional(),
  from: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  to: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
});

export const auditEvent = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actor: z.object({ id: z.string().nullable(), email: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  partnerId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

export const auditPage = pageOf(auditEvent);
