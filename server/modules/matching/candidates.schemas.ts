import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { dbsStatuses } from './gates.rules';
import { pipelineStages } from './pipeline.rules';
import { monitoringInput } from './pipeline.schemas';
import { rightToWorkStatuses } from './reference.schemas';

/** Request and response shapes for candidates (residents in the skills-matching service). */

const isoDate = z.iso.date();
const code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
const language = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code');
export const candidateStatuses = ['pending', 'active', 'withdrawn'] as const;
export const consentPurposes = ['contact', 'referral', 'matching', 'publicity'] as const;
export const immigrationStatuses = [
  'british_citizen',
  'settled',
  'refugee',
  'humanitarian_protection',
  'asylum_seeker',
  'work_visa',
  'other',
] as const;

const scores = z.strictObject({
  listening: z.number(),
  reading: z.number(),
  writing: z.number(),
  speaking: z.number(),
});
export const englishTestInput = z.strictObject({
  test: z.enum(['ielts', 'oet']),
  variant: code.max(40).describe('IELTS: academic or general-training; OET: medicine, nursing, pharmacy...'),
  date: isoDate,
  reportNumber: z.string().trim().min(1).max(40).optional(),
  scores,
  overall: z.number().optional().describe('IELTS: the overall on the report form, checked against the bands'),
  grades: z
    .partialRecord(z.enum(['listening', 'reading', 'writing', 'speaking']), z.enum(['A', 'B', 'C+', 'C', 'D', 'E']))
    .optional()
    .describe('OET: the grade letters on the result, checked against the scores'),
});

export const qualificationInput = z.strictObject({
  occupation: code.max(80).describe('an occupation code from /api/v1/occupations'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code')
    .optional(),
  institution: z.string().trim().min(1).max(200).optional(),
  year: z.number().int().min(1940).max(2100).optional(),
  yearsOfPractice: z.number().min(0).max(70).multipleOf(0.1).optional(),
  specialties: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  documents: z.array(z.string().trim().min(1).max(120)).max(30).default([]),
});

const consents = z.strictObject(
  Object.fromEntries(consentPurposes.map((p) => [p, z.boolean().optional()])) as Record<
    (typeof consentPurposes)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

const progressInput = z.strictObject({
  step: code.max(60),
  outcome: z.enum(['passed', 'failed', 'booked', 'started']),
  date: isoDate,
});

const fields = {
  fullName: z.string().trim().min(1).max(160),
  preferredName: z.string().trim().min(1).max(80).nullable().optional(),
  dateOfBirth: isoDate.nullable().optional(),
  phone: z.string().trim().min(3).max(40).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  area: z.string().min(1).max(100).nullable().optional(),
  borough: z.string().trim().min(1).max(80).nullable().optional(),
  rightToWork: z.enum(rightToWorkStatuses).optional(),
  rightToWorkCheckedOn: isoDate.nullable().optional(),
  rightToWorkExpiresOn: isoDate.nullable().optional(),
  dbs: z.enum(dbsStatuses).optional(),
  immigrationStatus: z.enum(immigrationStatuses).nullable().optional(),
  previousRoles: z.array(code.max(60)).max(20).nullable().optional(),
  qualifications: z.array(qualificationInput).max(10).optional(),
  languages: z
    .array(z.strictObject({ language, level: z.enum(['native', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']).nullable() }))
    .max(20)
    .optional(),
  englishTests: z.array(englishTestInput).max(20).optional(),
  progress: z.array(progressInput).max(60).optional(),
  consents: consents.optional(),
  notes: z.string().max(4000).optional(),
  monitoring: monitoringInput.nullable().optional(),
};

export const createCandidateBody = z.strictObject({
  ...fields,
  partner: z.string().min(1).max(100).optional(),
  caseworker: z.uuid().nullable().optional(),
  status: z.enum(candidateStatuses).optional(),
});
export const updateCandidateBody = createCandidateBody
  .omit({ partner: true })
  .partial()
  .extend({ version: z.number().int().min(1).describe('the version you read; a stale one is 409') });

export const selfReferralBody = z.strictObject({
  partner: z.string().min(1).max(100).describe('the partner whose form this is'),
  fullName: fields.fullName,
  dateOfBirth: isoDate.optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  email: z.email().max(254).optional(),
  borough: z.string().trim().min(1).max(80).optional(),
  languages: z.array(language).max(10).default([]),
  occupation: code.max(80).optional().describe('what they trained as, if they know the code'),
  qualificationCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  message: z.string().max(2000).optional(),
  consents: z.strictObject({
    contact: z.literal(true).describe('needed: we can only reply if you agree to be contacted'),
    matching: z.boolean().default(false),
    referral: z.boolean().default(false),
    publicity: z.boolean().default(false),
  }),
});

export const candidatesQuery = listQuery(['reference', 'fullName', 'createdAt', 'status'], '-createdAt').extend({
  status: z.enum(candidateStatuses).optional(),
  area: z.string().min(1).max(100).optional(),
  occupation: code.max(80).optional(),
  rightToWork: z.enum(rightToWorkStatuses).optional(),
  caseworker: z.union([z.literal('me'), z.uuid()]).optional(),
  duplicates: z.enum(['true', 'false']).optional().describe('only candidates flagged as possible duplicates'),
  stage: z.enum(pipelineStages).optional(),
});

export const candidateParams = z.object({ id: z.string().min(1).max(100) });

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
export const candidateSummary = z.object({
  id: z.string(),
  reference: z.string(),
  fullName: z.string(),
  status: z.enum(candidateStatuses),
  source: z.enum(['intake', 'self-referral']),
  partner: ref,
  caseworker: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  area: ref.nullable(),
  borough: z.string().nullable(),
  occupations: z.array(z.string()),
  rightToWork: z.enum(rightToWorkStatuses),
  possibleDuplicates: z.number().int(),
  stage: z.enum(pipelineStages),
  createdAt: z.iso.datetime(),
});
export const candidatesPage = pageOf(candidateSummary);

export const candidateDetail = candidateSummary.extend({
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  rightToWorkCheckedOn: z.string().nullable(),
  rightToWorkExpiresOn: z.string().nullable(),
  dbs: z.enum(dbsStatuses),
  immigrationStatus: z.string().nullable().describe('special category: every read is audited'),
  previousRoles: z.array(z.string()).nullable(),
  qualifications: z.array(
    z.object({
      id: z.string(),
      occupation: z.object({ code: z.string(), label: z.string() }),
      country: z.string().nullable(),
      institution: z.string().nullable(),
      year: z.number().nullable(),
      yearsOfPractice: z.number().nullable(),
      specialties: z.array(z.string()),
      documents: z.array(z.string()),
    }),
  ),
  languages: z.array(z.object({ language: z.string(), level: z.string().nullable() })),
  englishTests: z.array(
    z.object({
      id: z.string(),
      test: z.enum(['ielts', 'oet']),
      variant: z.string(),
      date: z.string(),
      reportNumber: z.string().nullable(),
      scores: scores,
      overall: z.number().nullable(),
      grades: z.record(z.string(), z.string()).nullable(),
      expiresOn: z.string().nullable().describe("for the first qualification's regulator; null when not known"),
    }),
  ),
  progress: z.array(progressInput),
  consents: z.record(z.enum(consentPurposes), z.boolean()),
  duplicates: z.array(z.object({ id: z.string(), reason: z.string() })),
  notes: z.string(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});

export const createdCandidate = z.object({
  id: z.string(),
  reference: z.string(),
  possibleDuplicates: z.array(z.object({ id: z.string(), reference: z.string(), reason: z.string() })),
});
export const selfReferralReceived = z.object({ received: z.literal(true) });
