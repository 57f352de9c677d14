import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';

export const taskStatuses = ['todo', 'doing', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const taskSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  owner: personSchema,
  partner: partnerRefSchema,
  dueOn: z.string().nullable(),
  status: z.enum(taskStatuses),
  overdue: z.boolean(),
  workPackage: z.object({ id: idSchema, slug: z.string(), code: z.string(), name: z.string() }).nullable(),
  meeting: z.object({ id: idSchema, title: z.string() }).nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskDetailSchema = taskSchema.extend({
  links: z.array(z.object({ type: z.string(), id: idSchema, label: z.string().nullable() })),
  comments: z.array(
    z.object({ id: idSchema, body: z.string(), author: personSchema.nullable(), createdAt: z.string() }),
  ),
  canUpdate: z.boolean(),
});
export type TaskDetail = z.infer<typeof taskDetailSchema>;

export const taskFilterKeys = ['status', 'workPackage', 'overdue'] as const;
const taskListSchema = listSchema(taskSchema);

/** The task list; `mine` asks for the caller's own tasks. */
export function useTasks(query: ListQuery, mine = false) {
  return useQuery({
    queryKey: ['tasks', mine ? 'mine' : 'all', query],
    queryFn: () => getJson(listUrl(mine ? '/api/v1/tasks/mine' : '/api/v1/tasks', query), taskListSchema),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: ['task', id],
    queryFn: () => getJson(`/api/v1/tasks/${encodeURIComponent(id)}`, taskDetailSchema),
  });
}

export function createTask(body: Record<string, unknown>): Promise<TaskDetail> {
  return sendJson('POST', '/api/v1/tasks', body, taskDetailSchema);
}

export function updateTask(id: string, body: Record<string, unknown>): Promise<TaskDetail> {
  return sendJson('PATCH', `/api/v1/tasks/${encodeURIComponent(id)}`, body, taskDetailSchema);
}

export function commentOnTask(id: string, body: string): Promise<TaskDetail> {
  return sendJson('POST', `/api/v1/tasks/${encodeURIComponent(id)}/comments`, { body }, taskDetailSchema);
}

const workPackagesSchema = listSchema(z.object({ id: idSchema, slug: z.string(), code: z.string(), name: z.string() }));

export function useWorkPackages() {
  return useQuery({
    queryKey: ['work-packages', 'options'],
    queryFn: () => getJson('/api/v1/work-packages?pageSize=100', workPackagesSchema),
    staleTime: 5 * 60_000,
  });
}
