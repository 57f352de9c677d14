import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

export const auditEventSchema = z.object({
  id: idSchema,
  at: z.string(),
  actor: z.object({ id: idSchema.nullable(), email: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: idSchema.nullable(),
  partnerId: idSchema.nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.unknown(),
});

export type AuditEvent = z.infer<typeof auditEventSchema>;

/** The audit list's own filters, on top of page, sort and q. */
export const auditFilterKeys = ['action', 'entity', 'actor', 'from', 'to'] as const;

const auditListSchema = listSchema(auditEventSchema);

export function fetchAudit(query: ListQuery) {
  return getJson(listUrl('/api/v1/audit', query), auditListSchema);
}

export function useAudit(query: ListQuery) {
  return useQuery({ queryKey: ['audit', query], queryFn: () => fetchAudit(query), placeholderData: keepPreviousData });
}
