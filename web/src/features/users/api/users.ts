import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';

export const userRowSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  partner: partnerRefSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});

export type UserRow = z.infer<typeof userRowSchema>;

const userListSchema = listSchema(userRowSchema);

export function fetchUsers(query: ListQuery) {
  return getJson(listUrl('/api/v1/users', query), userListSchema);
}

export function useUsers(query: ListQuery) {
  return useQuery({ queryKey: ['users', query], queryFn: () => fetchUsers(query), placeholderData: keepPreviousData });
}
