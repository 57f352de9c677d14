import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { englishTestInput } from './candidates.schemas';
import { eligibilityRule } from './funders.rules';
import { priorityRule, priorityRules } from './waiting-list.rules';

/** Request and response shapes for training programmes, cohorts, waiting lists, attendance and results. */

const isoDate = z.iso.date();
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens')
  .max(80);
export const programmeKinds = ['ielts', 'oet', 'plab', 'medical-english'] as const;

export const programmeParams = z.strictObject({ slug });
export const idParams = z.strictObject({ id: z.uuid() });
export const tokenParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a position link token'),
});

const ref = z.object({ slug: z.string(), name: z.string() });
export const funder = ref.extend({
  id: z.uuid(),
  kind: z.string(),
  eligibility: z.array(eligibilityRule),
  source: z.string(),
});
export const fundersList = z.object({ items: z.array(funder) });

export const cohort = z.object({
  id: z.uuid(),
  name: z.string(),
  programme: ref,
  funder: ref.extend({ eligibility: z.array(eligibilityRule) }),
  capacity: z.number().int(),
  enrolled: z.number().int(),
  seatsLeft: z.number().int(),
  startsOn: isoDate,
  endsOn: isoDate,
  venue: z.string(),
  status: z.enum(['coming', 'running', 'ended']),
});

export const programmeSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(programmeKinds),
  weeks: z.number().int(),
  pathwayStep: z.string(),
  description: z.string(),
  waiting: z.number().int(),
  nextCohort: cohort.nullable(),
});
export const programmesQuery = listQuery(['name', 'kind', 'waiting'], 'name').extend({
  kind: z.enum(programmeKinds).optional(),
});
export const programmesPage = pageOf(programmeSummary);
export const programmeDetail = programmeSummary.extend({
  priorityRules: z.array(priorityRule),
  version: z.number().int(),
  cohorts: z.array(cohort),
});

export const rulesBody = z.strictObject({ version: z.number().int().min(1), priorityRules });

export const createCohortBody = z.strictObject({
  name: z.string().trim().min(1).max(160),
  funder: slug.describe('a funder slug from /api/v1/matching/funders'),
  capacity: z.number().int().min(1).max(500),
  startsOn: isoDate,
  endsOn: isoDate,
  venue: z.string().trim().max(200).default(''),
});

const part = z.object({
  rule: z.string(),
  points: z.number(),
  text: z.string().describe('in English'),
  reason: z
    .string()
    .describe('stable: waited, funded, not-funded, short, met, no-result, researcher, not-researcher, unchecked'),
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const waitingEntry = z.object({
  id: z.uuid(),
  position: z.number().int(),
  score: z.number(),
  parts: z.array(part),
  joinedOn: isoDate,
  /** null: a candidate of a partner the caller cannot see (position only) */
  candidate: z.object({ id: z.uuid(), reference: z.string(), fullName: z.string() }).nullable(),
  fundedBy: z.array(z.string()),
});
export const waitingQuery = listQuery(['position', 'joinedOn'], 'position').extend({
  funded: z.enum(['true', 'false']).optional(),
});
export const waitingPage = pageOf(waitingEntry).extend({ rules: z.array(priorityRule) });

export const joinBody = z.strictObject({
  candidateId: z.uuid(),
  joinedOn: isoDate.optional().describe('defaults to today; not in the future'),
});
export const joined = z.object({
  id: z.uuid(),
  position: z.number().int(),
  token: z.string().describe('give this to the candidate: it shows their position and nothing else; shown once'),
  positionPath: z.string(),
});

export const positionView = z.object({
  programme: z.object({ name: z.string(), kind: z.enum(programmeKinds), weeks: z.number().int() }),
  position: z.number().int(),
  waiting: z.number().int(),
  joinedOn: isoDate,
  parts: z.array(part),
  nextCohortStartsOn: isoDate.nullable(),
  asOf: isoDate,
});

export const enrolBody = z.strictObject({ candidateId: z.uuid() });
export const enrolled = z.object({ id: z.uuid(), cohortId: z.uuid(), candidateId: z.uuid(), enrolledOn: isoDate });

export const attendanceBody = z.strictObject({
  sessionOn: isoDate,
  entries: z
    .array(z.strictObject({ candidateId: z.uuid(), present: z.boolean() }))
    .min(1)
    .max(500),
});

export const resultBody = z.strictObject({
  candidateId: z.uuid(),
  englishTest: englishTestInput.optional(),
  exam: z
    .strictObject({ outcome: z.enum(['passed', 'failed']), date: isoDate })
    .optional()
    .describe("an exam outcome for the programme's pathway step (e.g. PLAB 1 after PLAB preparation)"),
});
export const resultRecorded = z.object({
  candidateId: z.uuid(),
  kind: z.enum(['english-test', 'exam']),
  id: z.string(),
});

export const cohortDetail = cohort.extend({
  enrolments: z.array(
    z.object({
      id: z.uuid(),
      candidate: z.object({ id: z.uuid(), reference: z.string(), fullName: z.string().nullable() }),
      enrolledOn: isoDate,
      attendance: z.array(z.object({ sessionOn: isoDate, present: z.boolean() })),
      attendanceRate: z.number().int().nullable(),
    }),
  ),
  sessions: z.array(isoDate),
});

export const candidateTraining = z.object({
  candidate: z.object({ id: z.uuid(), reference: z.string() }),
  asOf: isoDate,
  english: z.object({ status: z.enum(['met', 'not-met', 'unknown']), gap: z.number().nullable() }),
  nextCohorts: z.array(cohort),
  ineligible: z.array(z.object({ cohort: cohort, reasons: z.array(z.string()) })),
  waitingLists: z.array(
    z.object({
      id: z.uuid(),
      programme: ref,
      position: z.number().int(),
      waiting: z.number().int(),
      joinedOn: isoDate,
      score: z.number(),
      parts: z.array(part),
    }),
  ),
  enrolments: z.array(z.object({ cohort, attendanceRate: z.number().int().nullable() })),
});
