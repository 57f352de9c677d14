import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** Network members, and events on the shared calendar (registration, .ics). */
const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  stage: z.string(),
  markets: z.array(z.string()),
  area: z.string().nullable(),
  joinedOn: z.string(),
  status: z.string(),
});
export type NetworkMember = z.infer<typeof memberSchema>;
export const useNetwork = (query: ListQuery) =>
  useQuery({
    queryKey: ['network', query],
    queryFn: () => getJson(listUrl('/api/v1/network/members', query), listSchema(memberSchema)),
    placeholderData: keepPreviousData,
  });

export const eventKinds = ['event', 'network_meeting', 'workshop', 'awareness_day', 'peer_group'] as const;
const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  public: z.boolean(),
  partner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  workPackage: z.object({ code: z.string(), name: z.string() }).nullable(),
  kind: z.string(),
  capacity: z.number().nullable(),
  speakers: z.array(z.string()),
  topics: z.array(z.string()),
  registered: z.number(),
});
export type CalendarEvent = z.infer<typeof eventSchema>;
const registration = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  language: z.string(),
  attended: z.boolean().nullable(),
  registeredAt: z.string(),
});
const detailSchema = eventSchema.extend({ registrations: z.array(registration), mine: registration.nullable() });

export const useEvents = (query: ListQuery) =>
  useQuery({
    queryKey: ['events', query],
    queryFn: () => getJson(listUrl('/api/v1/events', query), listSchema(eventSchema)),
    placeholderData: keepPreviousData,
  });
export const useEvent = (id: string) =>
  useQuery({ queryKey: ['event', id], queryFn: () => getJson(`/api/v1/events/${id}`, detailSchema) });
export const registerForEvent = (id: string) =>
  sendJson('POST', `/api/v1/events/${id}/registrations`, {}, z.object({ id: z.string() }));
export const markAttendance = (id: string, attendance: { registration: string; attended: boolean }[]) =>
  sendJson('PUT', `/api/v1/events/${id}/attendance`, { attendance }, detailSchema);

/** Work packages for the calendar's filter (code and name only). */
export const useWorkPackageOptions = () =>
  useQuery({
    queryKey: ['work-packages', 'options'],
    queryFn: () =>
      getJson(
        listUrl('/api/v1/work-packages', { page: 1, pageSize: 100, sort: 'name' }),
        listSchema(z.object({ code: z.string(), name: z.string() })),
      ),
  });

/** The first instant of a month given as YYYY-MM, and of the month after it. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(y, m - 1, 1)).toISOString(), to: new Date(Date.UTC(y, m, 1)).toISOString() };
}
export const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
};

/** Staff put an event on the shared calendar (network meeting, workshop, awareness day...). */
export type EventInput = {
  title: string;
  description?: string | undefined;
  startsAt: string;
  endsAt: string;
  location?: string | undefined;
  public: boolean;
  kind: string;
  capacity?: number | undefined;
  speakers: string[];
  topics: string[];
};
export const createEvent = (body: EventInput) => sendJson('POST', '/api/v1/events', body, z.object({ id: z.string() }));
