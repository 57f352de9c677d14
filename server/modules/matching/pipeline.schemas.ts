import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { ageBands, monitoringEthnicities, monitoringSexes, outcomes } from './fairness.rules';
import { pipelineStages, socialCareRoles } from './pipeline.rules';

/** Request and response shapes for the pipeline, interim placements and the fairness report. */

const isoDate = z.iso.date();
const code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
const stage = z.enum(pipelineStages);

export const pipelineFilters = z.object({
  stage: stage.optional(),
  occupation: code.max(80).optional(),
  area: z.string().min(1).max(100).optional(),
  caseworker: z.union([z.literal('me'), z.uuid()]).optional(),
});
export const pipelineQuery = listQuery(['stage', 'fullName', 'stageChangedAt', 'reference'], 'stage').extend(
  pipelineFilters.shape,
);
export const pipelineCsvQuery = pipelineFilters.extend({
  q: z.string().trim().max(200).optional(),
  sort: pipelineQuery.shape.sort,
});

export const pipelineItem = z.object({
  id: z.string(),
  reference: z.string(),
  fullName: z.string(),
  status: z.string(),
  stage,
  stageChangedAt: z.iso.datetime(),
  withdrawnReason: z.string().nullable(),
  rightToWork: z.string(),
  area: z.object({ slug: z.string(), name: z.string() }).nullable(),
  caseworker: z.string().nullable(),
  version: z.number().int(),
});
export const pipelinePage = pageOf(pipelineItem).extend({
  stages: z.array(z.object({ stage, count: z.number().int() })).describe('candidates per stage under the filters'),
});

export const moveBody = z.strictObject({
  from: stage.describe('the stage you saw; another is 409 (someone moved them first)'),
  to: stage,
  reason: z.string().trim().min(1).max(500).optional().describe('required when withdrawing'),
});
export const moved = z.object({ id: z.string(), stage, version: z.number().int() });

export const stageHistory = z.object({
  stage,
  moves: z.array(
    z.object({
      id: z.string(),
      from: stage,
      to: stage,
      reason: z.string().nullable(),
      movedBy: z.string().nullable(),
      movedAt: z.iso.datetime(),
    }),
  ),
});

const placementStatus = z.enum(['planned', 'active', 'ended']);
export const placementBody = z.strictObject({
  provider: z.string().trim().min(1).max(160).describe('the social-care provider or employer'),
  role: code.max(60).describe(`an interim role id from the reference data, or ${socialCareRoles.join(' / ')}`),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  hoursPerWeek: z.number().positive().max(60).multipleOf(0.5).nullable().optional(),
  status: placementStatus.optional(),
  notes: z.string().max(2000).optional(),
});
export const placementUpdateBody = z.strictObject({
  version: z.number().int().min(1),
  status: placementStatus.optional(),
  endsOn: isoDate.nullable().optional(),
  notes: z.string().max(2000).optional(),
});
export const placementParams = z.object({ id: z.string().min(1).max(100), placementId: z.string().min(1).max(100) });
export const placement = z.object({
  id: z.string(),
  provider: z.string(),
  role: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  status: placementStatus,
  notes: z.string(),
  version: z.number().int(),
});
export const placements = z.object({ items: z.array(placement) });

export const monitoringInput = z
  .strictObject({ sex: z.enum(monitoringSexes).optional(), ethnicity: z.enum(monitoringEthnicities).optional() })
  .describe('optional equality monitoring, encrypted, used only by the fairness report, never by matching');

export const fairnessReport = z.object({
  asOf: z.string(),
  threshold: z.number().int().describe('counts from 1 to threshold-1 are null (suppressed)'),
  tables: z.array(
    z.object({
      dimension: z.enum(['sex', 'ageBand', 'ethnicity']),
      groups: z.array(z.string()).describe(`age bands: ${ageBands.join(', ')}; plus not-recorded`),
      outcomes: z.array(
        z.object({
          outcome: z.enum(outcomes),
          counts: z.array(z.number().int().nullable()),
          total: z.number().int().nullable(),
        }),
      ),
    }),
  ),
});
