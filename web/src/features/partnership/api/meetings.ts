import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';
import { taskDetailSchema, taskSchema, type TaskDetail } from './tasks';

export const attendanceStatuses = ['invited', 'attended', 'apologies'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

const refSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });

const meetingSummarySchema = z.object({
  id: idSchema,
  body: refSchema,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingSchema = meetingSummarySchema.extend({
  minutes: z.string(),
  agenda: z.array(z.object({ title: z.string(), notes: z.string() })),
  papers: z.array(z.object({ title: z.string(), url: z.string() })),
  attendance: z.array(
    z.object({
      user: z.object({ id: idSchema, displayName: z.string(), partner: partnerRefSchema }),
      status: z.enum(attendanceStatuses),
    }),
  ),
  decisions: z.array(z.object({ id: idSchema, text: z.string(), createdAt: z.string() })),
  actions: z.array(taskSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

const meetingListSchema = listSchema(meetingSummarySchema);

export function useMeetings(query: ListQuery) {
  return useQuery({
    queryKey: ['meetings', query],
    queryFn: () => getJson(listUrl('/api/v1/meetings', query), meetingListSchema),
    placeholderData: keepPreviousData,
  });
}

export const meetingKey = (id: string) => ['meeting', id] as const;

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: () => getJson(`/api/v1/meetings/${encodeURIComponent(id)}`, meetingSchema),
  });
}

export function createMeeting(body: Record<string, unknown>): Promise<Meeting> {
  return sendJson('POST', '/api/v1/meetings', body, meetingSchema);
}

export function updateMeeting(id: string, body: Record<string, unknown>): Promise<Meeting> {
  return sendJson('PATCH', `/api/v1/meetings/${encodeURIComponent(id)}`, body, meetingSchema);
}

export function recordAttendance(id: string, user: string, status: AttendanceStatus): Promise<Meeting> {
  const body = { attendance: [{ user, status }] };
  return sendJson('PUT', `/api/v1/meetings/${encodeURIComponent(id)}/attendance`, body, meetingSchema);
}

export function recordDecision(id: string, text: string): Promise<Meeting> {
  return sendJson('POST', `/api/v1/meetings/${encodeURIComponent(id)}/decisions`, { text }, meetingSchema);
}

export function recordAction(id: string, body: Record<string, unknown>): Promise<TaskDetail> {
  return sendJson('POST', `/api/v1/meetings/${encodeURIComponent(id)}/actions`, body, taskDetailSchema);
}

const bodiesSchema = listSchema(refSchema.extend({ kind: z.string() }));

export function useGovernanceBodies() {
  return useQuery({
    queryKey: ['governance-bodies', 'options'],
    queryFn: () => getJson('/api/v1/governance-bodies?pageSize=100', bodiesSchema),
    staleTime: 60_000,
  });
}

const peopleSchema = z.object({
  items: z.array(z.object({ id: idSchema, displayName: z.string(), partner: partnerRefSchema })),
});
export type Person = z.infer<typeof peopleSchema>['items'][number];

export function usePeople(enabled: boolean) {
  return useQuery({
    queryKey: ['partnership-people'],
    queryFn: () => getJson('/api/v1/partnership/people', peopleSchema),
    enabled,
    staleTime: 60_000,
  });
}
