import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { code, id, isoDate } from './startups.schemas';

/** Request and response shapes of mentors and mentoring. */
const language = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en');
export const mentorsQuery = listQuery(['name', 'hoursPerMonth'], 'name').extend({
  sector: code.optional(),
  skill: code.optional(),
  language: language.optional(),
  status: z.enum(['active', 'paused']).optional(),
});
export const mentorView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  jobTitle: z.string(),
  partner: z.object({ slug: z.string(), name: z.string() }),
  skills: z.array(z.string()),
  sectors: z.array(z.string()),
  languages: z.array(z.string()),
  hoursPerMonth: z.number(),
  maxMentees: z.number(),
  activeMentees: z.number(),
  bio: z.string(),
  status: z.string(),
});
export const mentorsPage = pageOf(mentorView);
export const createMentorBody = z.strictObject({
  partner: z.string().trim().min(1).max(100),
  user: id.optional(),
  name: z.string().trim().min(1).max(120),
  email: z.email('an email address').max(254),
  jobTitle: z.string().max(120).optional(),
  skills: z.array(code).max(20),
  sectors: z.array(code).max(10),
  languages: z.array(language).min(1).max(10),
  hoursPerMonth: z.number().int().min(1).max(80),
  maxMentees: z.number().int().min(1).max(10).optional(),
  bio: z.string().max(2000).optional(),
});

const reason = z.object({ code: z.string(), points: z.number() }).loose();
export const suggestionsView = z.object({
  startup: z.object({ id: z.string(), name: z.string(), weakestModules: z.array(z.string()) }),
  suggestions: z.array(
    z.object({
      mentor: z.object({ id: z.string(), name: z.string(), jobTitle: z.string(), partner: z.string() }),
      score: z.number(),
      reasons: z.array(reason),
    }),
  ),
  leftOut: z.object({ paused: z.number(), full: z.number(), no_common_language: z.number() }),
});
export const confirmBody = z.strictObject({ mentor: id });

export const relationshipView = z.object({
  id: z.string(),
  status: z.string(),
  score: z.number(),
  reasons: z.array(reason),
  confirmedAt: z.string(),
  endedAt: z.string().nullable(),
  mentor: z.object({ id: z.string(), name: z.string() }),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  sessions: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      minutes: z.number(),
      notes: z.string(),
      rating: z.number().nullable(),
      feedback: z.string(),
    }),
  ),
});
export const relationshipsView = z.array(relationshipView);
export const mentorSessionBody = z.strictObject({
  heldOn: isoDate,
  minutes: z.number().int().min(1).max(1440),
  notes: z.string().max(4000).optional(),
  rating: z.number().int().min(1).max(5).optional(),
  feedback: z.string().max(2000).optional(),
});
