import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { definitionSchema } from './definition.rules';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens')
  .max(80);
const isoDate = z.iso.date();
const ref = z.string().trim().min(1).max(100);
export const units = ['count', 'gbp', 'percent'] as const;
export const periodKinds = ['month', 'quarter', 'year', 'programme'] as const;
export const statuses = ['on_track', 'at_risk', 'behind', 'no_target'] as const;

export const targetInput = z.strictObject({ start: isoDate, end: isoDate, target: z.number().min(0).max(1e12) });
export const createIndicatorBody = z.strictObject({
  code: slug,
  name: z.string().trim().min(1).max(200),
  definition: z.string().trim().max(4000).default(''),
  unit: z.enum(units),
  period: z.enum(periodKinds),
  baseline: z.number().min(0).max(1e12).default(0),
  workPackage: ref.optional(),
  macroAsset: ref.optional(),
  method: z.enum(['computed', 'manual']),
  query: definitionSchema.optional(),
  published: z.boolean().default(true),
  headline: z.boolean().default(false),
  position: z.number().int().min(0).max(10000).default(0),
  targets: z.array(targetInput).max(120).default([]),
});
export type CreateIndicatorBody = z.infer<typeof createIndicatorBody>;
export const updateIndicatorBody = createIndicatorBody
  .omit({ code: true })
  .extend({ version: z.number().int().min(1) });
export type UpdateIndicatorBody = z.infer<typeof updateIndicatorBody>;
export const indicatorDefinition = createIndicatorBody.extend({
  version: z.number(),
  workPackage: z.string().optional(),
});

export const evidenceInput = z.union([
  z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(2000) }),
  z.strictObject({
    fileName: z.string().trim().min(1).max(200),
    contentType: z.string().trim().min(1).max(100),
    contentBase64: z.base64().max(3_000_000),
  }),
]);
export const manualResultBody = z.strictObject({
  periodStart: isoDate,
  periodEnd: isoDate,
  value: z.number().min(0).max(1e12),
  area: ref.optional(),
  evidence: evidenceInput.optional(),
  note: z.string().max(2000).default(''),
});
export type ManualResultBody = z.infer<typeof manualResultBody>;

const point = z.object({
  start: z.string(),
  end: z.string(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  cumulative: z.number().nullable(),
});
export const figureView = z.object({
  value: z.number().nullable(),
  target: z.number().nullable(),
  expected: z.number(),
  status: z.enum(statuses),
  series: z.array(point),
});
export const indicatorView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(units),
  period: z.enum(periodKinds),
  baseline: z.number(),
  workPackageId: z.string().nullable(),
  macroAssetId: z.string().nullable(),
  method: z.enum(['computed', 'manual']),
  source: z.string().nullable(),
  query: z.unknown().nullable(),
  published: z.boolean(),
  headline: z.boolean(),
  version: z.number(),
  suppressed: z.boolean(),
  figure: figureView,
});
export const indicatorList = z.object({ asOf: z.string(), items: z.array(indicatorView) });
export const indicatorsQuery = z.object({
  workPackage: ref.optional(),
  macroAsset: ref.optional(),
  headline: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(200).optional(),
  asOf: isoDate.optional(),
});
export const codeParams = z.object({ code: slug });
export const idParams = z.object({ id: z.uuid() });
export const recordsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const recordsPage = pageOf(
  z.object({
    id: z.string(),
    label: z.string(),
    date: z.string().nullable(),
    area: z.string().nullable(),
    fields: z.record(z.string(), z.unknown()),
    evidence: z.object({ url: z.string().nullable(), name: z.string().nullable() }).nullable(),
  }),
).extend({ indicator: z.string(), recordType: z.string() });
export const areaFigures = z.object({
  indicator: z.string(),
  items: z.array(z.object({ areaId: z.string(), slug: z.string(), name: z.string(), value: z.number().nullable() })),
});
export const sourcesList = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      recordType: z.string(),
      dates: z.array(z.string()),
      hasArea: z.boolean(),
      fields: z.array(z.object({ name: z.string(), type: z.string(), aggregateSafe: z.boolean() })),
    }),
  ),
});
export const created = z.object({ id: z.string() });
export const voices = z.object({
  themes: z.array(
    z.object({
      name: z.string(),
      interviews: z.number().nullable(),
      quotes: z.array(z.object({ text: z.string(), attribution: z.string().nullable() })),
    }),
  ),
  stories: z.array(
    z.object({ id: z.string(), title: z.string(), body: z.string(), personName: z.string().nullable() }),
  ),
});
export const createReportBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  periodStart: isoDate,
  periodEnd: isoDate,
  narrative: z
    .array(z.strictObject({ heading: z.string().trim().min(1).max(200), body: z.string().max(20000) }))
    .max(20)
    .default([]),
});
export const reportsPage = pageOf(
  z.object({
    id: z.string(),
    title: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    createdAt: z.string(),
  }),
);
export const pageQuery = recordsQuery.pick({ page: true, pageSize: true });
const section = z.strictObject({ heading: z.string().trim().min(1).max(200), body: z.string().max(20000) });
export const createPlanBody = z.strictObject({ area: ref, title: z.string().trim().min(1).max(200).optional() });
export const planStatuses = ['draft', 'adopted', 'archived'] as const;
export const updatePlanBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  sections: z.array(section).max(30),
  status: z.enum(planStatuses).optional(),
  version: z.number().int().min(1),
});
export const plansQuery = listQuery(['title', 'status', 'updatedAt'], '-updatedAt').extend({
  area: ref.optional(),
  status: z.enum(planStatuses).optional(),
});
const areaRef = z.object({ slug: z.string(), name: z.string() }).nullable();
export const plansPage = pageOf(
  z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(planStatuses),
    area: areaRef,
    version: z.number(),
    updatedAt: z.string(),
  }),
);
export const planActionBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  owner: z.uuid(),
  dueOn: isoDate.optional(),
  workPackage: ref.optional(),
});
export const planView = z.object({
  id: z.string(),
  areaId: z.string(),
  area: areaRef,
  title: z.string(),
  status: z.enum(planStatuses),
  updatedAt: z.string(),
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
  version: z.number(),
  actions: z.array(z.object({ id: z.string(), title: z.string(), taskId: z.string().nullable() })),
});
export const actionCreated = z.object({ id: z.string(), taskId: z.string() });
