import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** Mentors, explained suggestions for a start-up, confirmation, relationships and their session log. */
const mentorSchema = z.object({
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
export type Mentor = z.infer<typeof mentorSchema>;
const reason = z.looseObject({
  code: z.string(),
  points: z.number(),
  markets: z.array(z.string()).optional(),
  modules: z.array(z.string()).optional(),
  of: z.number().optional(),
  languages: z.array(z.string()).optional(),
  preferred: z.boolean().optional(),
  hoursPerMonth: z.number().optional(),
  freeSlots: z.number().optional(),
});
export type Reason = z.infer<typeof reason>;
const suggestionsSchema = z.object({
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
const relationshipSchema = z.object({
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
export type Relationship = z.infer<typeof relationshipSchema>;

export const useMentors = (query: ListQuery) =>
  useQuery({
    queryKey: ['mentors', query],
    queryFn: () => getJson(listUrl('/api/v1/mentors', query), listSchema(mentorSchema)),
    placeholderData: keepPreviousData,
  });
export const useMentor = (id: string) =>
  useQuery({ queryKey: ['mentor', id], queryFn: () => getJson(`/api/v1/mentors/${id}`, mentorSchema) });
export const useMentees = (id: string) =>
  useQuery({
    queryKey: ['mentor-relationships', id],
    queryFn: () => getJson(`/api/v1/mentors/${id}/relationships`, z.array(relationshipSchema)),
  });
export const useSuggestions = (startupId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['mentor-suggestions', startupId],
    queryFn: () => getJson(`/api/v1/startups/${startupId}/mentor-suggestions`, suggestionsSchema),
    enabled,
  });
export const useStartupMentors = (startupId: string) =>
  useQuery({
    queryKey: ['startup-mentors', startupId],
    queryFn: () => getJson(`/api/v1/startups/${startupId}/mentors`, z.array(relationshipSchema)),
  });
export const confirmMentor = (startupId: string, mentor: string) =>
  sendJson('POST', `/api/v1/startups/${startupId}/mentors`, { mentor }, z.object({ id: z.string() }));
export const useRelationship = (id: string) =>
  useQuery({ queryKey: ['mentoring', id], queryFn: () => getJson(`/api/v1/mentoring/${id}`, relationshipSchema) });
export const logMentorSession = (
  id: string,
  body: { heldOn: string; minutes: number; notes?: string; rating?: number; feedback?: string },
) => sendJson('POST', `/api/v1/mentoring/${id}/sessions`, body, relationshipSchema);

/** Staff recruit a mentor from a partner company (the partner's slug). */
export type MentorInput = {
  partner: string;
  name: string;
  email: string;
  jobTitle?: string | undefined;
  skills: string[];
  sectors: string[];
  languages: string[];
  hoursPerMonth: number | undefined;
  maxMentees?: number | undefined;
  bio?: string | undefined;
};
export const createMentor = (body: MentorInput) =>
  sendJson('POST', '/api/v1/mentors', body, z.object({ id: z.string() }));
