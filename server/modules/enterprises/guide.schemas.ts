import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { guideQuestions, models } from './guide.rules';

/** Shapes of the public guide, its follow-up leads, and turning a lead into an idea-stage enterprise. */
const choice = <Q extends keyof typeof guideQuestions>(q: Q) =>
  z.enum(Object.keys(guideQuestions[q]) as [string, ...string[]]);

export const guideAnswers = z.strictObject({
  purpose: choice('purpose'),
  ownership: choice('ownership'),
  income: choice('income'),
  profits: choice('profits'),
  staff: choice('staff'),
});

const reason = z.object({ question: z.string(), answer: z.string(), points: z.number().int() });
export const suggestionView = z.object({
  model: z.enum(models),
  scores: z.record(z.string(), z.number().int()),
  reasons: z.array(reason),
  alsoConsider: z.enum(models).nullable(),
});

export const suggestBody = z.strictObject({ answers: guideAnswers });

export const createLeadBody = z.strictObject({
  answers: guideAnswers,
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254).nullable().default(null),
  phone: z.string().trim().min(3).max(40).nullable().default(null),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .default('en'),
  idea: z.string().trim().max(2000).default(''),
  area: z.uuid().nullable().default(null),
  /** the person agrees to be contacted about their idea (must be true) */
  consent: z.boolean(),
});
export type CreateLeadBody = z.infer<typeof createLeadBody>;
export const leadCreated = z.object({ id: z.string(), suggestion: suggestionView });

const leadStatuses = ['new', 'contacted', 'converted', 'closed'] as const;
export const leadView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string(),
  idea: z.string(),
  area: z.object({ id: z.string(), name: z.string() }).nullable(),
  suggestion: z.enum(models),
  reasons: z.array(reason),
  status: z.enum(leadStatuses),
  enterprise: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export const leadsPage = pageOf(leadView);
export const leadsQuery = listQuery(['createdAt', 'name'], '-createdAt').extend({
  status: z.enum(leadStatuses).optional(),
  suggestion: z.enum(models).optional(),
});
export const leadStatusBody = z.strictObject({
  status: z.enum(['new', 'contacted', 'closed']),
  version: z.number().int().min(1),
});
export const convertLeadBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  legalForm: z.string().trim().min(1).max(40).optional(),
  markets: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
  area: z.uuid().nullable().optional(),
  version: z.number().int().min(1),
});
export type ConvertLeadBody = z.infer<typeof convertLeadBody>;
