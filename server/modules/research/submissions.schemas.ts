import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

export const webSubmissionBody = z
  .strictObject({
    channel: z.enum(['web', 'paper']).describe('web: filled on screen; paper: keyed in from a paper questionnaire'),
    complete: z
      .boolean()
      .describe('false keeps a partial response, flagged incomplete (no voucher credit until complete)'),
    xml: z.string().min(1).max(2_000_000).optional().describe('the instance XML, as a web form would submit it'),
    answers: z
      .record(z.string().min(1).max(300), z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]))
      .optional()
      .describe('or the answers by field path below the root (e.g. "household/size")'),
    instanceId: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('with answers: the instanceID (a new uuid: when absent)'),
    version: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('with answers: the form version (the newest when absent)'),
    area: z.string().trim().min(1).max(100).optional().describe('area slug'),
    language: z.string().trim().min(1).max(100).optional(),
  })
  .refine((b) => (b.xml === undefined) !== (b.answers === undefined), {
    message: 'send either xml or answers, not both',
    path: ['xml'],
  });

export const ingestResult = z.object({
  outcome: z.enum(['created', 'updated', 'duplicate']),
  submissionId: z.string(),
  instanceId: z.string(),
  credited: z.boolean(),
});

export const submissionsQuery = listQuery(['receivedAt', 'instanceId'], '-receivedAt').extend({
  complete: z.enum(['true', 'false']).optional(),
});

export const submissionSummary = z.object({
  id: z.string(),
  instanceId: z.string(),
  version: z.string(),
  channel: z.string(),
  complete: z.boolean(),
  receivedAt: z.string(),
  language: z.string().nullable(),
  mine: z.boolean(),
  attachments: z.number().int(),
});
export const submissionsPage = pageOf(submissionSummary);

export const prizeEntryBody = z.strictObject({
  contact: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .describe('phone number or email, kept encrypted and apart from the answers'),
  prizeDraw: z.boolean(),
  followUpConsent: z.boolean(),
});

export const drawBody = z.strictObject({
  seedPhrase: z
    .string()
    .trim()
    .min(8)
    .max(500)
    .describe('published before the draw, e.g. a newspaper headline of the day'),
  winners: z.number().int().min(1).max(1000),
});
