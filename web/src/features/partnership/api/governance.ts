import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';

/** Work packages (lead, members, objectives, milestones) and governance bodies, for their lists and pages. */
const refSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });

const workPackageSchema = refSchema.extend({ code: z.string(), description: z.string(), lead: partnerRefSchema });
export type WorkPackage = z.infer<typeof workPackageSchema>;
export const workPackageFilterKeys = ['lead'] as const;

export function useWorkPackageList(query: ListQuery) {
  return useQuery({
    queryKey: ['work-packages', 'list', query],
    queryFn: () => getJson(listUrl('/api/v1/work-packages', query), listSchema(workPackageSchema)),
    placeholderData: keepPreviousData,
  });
}

const workPackageDetailSchema = workPackageSchema.extend({
  members: z.array(partnerRefSchema),
  objectives: z.array(z.string()),
  milestones: z.array(z.object({ title: z.string(), due: z.string(), done: z.boolean() })),
});
export type WorkPackageDetail = z.infer<typeof workPackageDetailSchema>;

export function useWorkPackage(ref: string) {
  return useQuery({
    queryKey: ['work-package', ref],
    queryFn: () => getJson(`/api/v1/work-packages/${encodeURIComponent(ref)}`, workPackageDetailSchema),
  });
}

export const bodyKinds = ['board', 'steering_group', 'macro_asset_group', 'custom'] as const;
const bodySchema = refSchema.extend({
  kind: z.enum(bodyKinds),
  macroAsset: refSchema.nullable(),
  description: z.string(),
  members: z.array(
    z.object({ kind: z.enum(['user', 'partner']), id: idSchema, name: z.string(), partner: refSchema.nullable() }),
  ),
});
export type GovernanceBody = z.infer<typeof bodySchema>;
export const bodyFilterKeys = ['kind'] as const;

export function useBodyList(query: ListQuery) {
  return useQuery({
    queryKey: ['governance-bodies', 'list', query],
    queryFn: () => getJson(listUrl('/api/v1/governance-bodies', query), listSchema(bodySchema)),
    placeholderData: keepPreviousData,
  });
}

export function useBody(ref: string) {
  return useQuery({
    queryKey: ['governance-body', ref],
    queryFn: () => getJson(`/api/v1/governance-bodies/${encodeURIComponent(ref)}`, bodySchema),
  });
}
