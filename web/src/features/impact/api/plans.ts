import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** Community economic development plans: the list, one plan, its edits and its actions turned into tasks. */
export const planStatuses = ['draft', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof planStatuses)[number];
const area = z.object({ slug: z.string(), name: z.string() }).nullable();
const planRow = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(planStatuses),
  area,
  version: z.number(),
  updatedAt: z.string(),
});
export type PlanRow = z.infer<typeof planRow>;
const section = z.object({ heading: z.string(), body: z.string() });
export type PlanSection = z.infer<typeof section>;
const planSchema = planRow.extend({
  areaId: z.string(),
  sections: z.array(section),
  actions: z.array(z.object({ id: z.string(), title: z.string(), taskId: z.string().nullable() })),
});
export type Plan = z.infer<typeof planSchema>;

export function usePlans(query: ListQuery) {
  return useQuery({
    queryKey: ['impact-plans', query],
    queryFn: () => getJson(listUrl('/api/v1/impact/plans', query), listSchema(planRow)),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: ['impact-plan', id],
    queryFn: () => getJson(`/api/v1/impact/plans/${encodeURIComponent(id)}`, planSchema),
  });
}

export const createPlan = (body: { area: string; title?: string }) =>
  sendJson('POST', '/api/v1/impact/plans', body, planSchema);

export const savePlan = (
  id: string,
  body: { title: string; status: PlanStatus; sections: PlanSection[]; version: number },
) => sendJson('PUT', `/api/v1/impact/plans/${encodeURIComponent(id)}`, body, planSchema);

export const addPlanAction = (id: string, body: { title: string; owner: string; dueOn?: string }) =>
  sendJson(
    'POST',
    `/api/v1/impact/plans/${encodeURIComponent(id)}/actions`,
    body,
    z.object({ id: z.string(), taskId: z.string() }),
  );

const person = z.object({ id: z.string(), displayName: z.string(), partner: z.object({ name: z.string() }) });
/** Who can own a task: the partnership's people. */
export function useTaskOwners() {
  return useQuery({
    queryKey: ['impact-task-owners'],
    queryFn: () => getJson('/api/v1/partnership/people', z.object({ items: z.array(person) })),
    staleTime: 60_000,
  });
}
