import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as registrations from './calendar.registrations.service';
import * as s from './calendar.schemas';
import * as calendar from './calendar.service';

/** Network events on the shared calendar: kinds, capacity, speakers and topics; registration, attendance, .ics. */
export function calendarRoutes(app: App, deps: Deps): void {
  const tags = ['communications'];
  app.get(
    '/api/v1/events',
    {
      config: { policy: 'calendar.list' },
      schema: {
        tags,
        summary: 'Events of every work package',
        querystring: s.eventsQuery,
        response: { 200: s.eventsPage },
      },
    },
    async (req) => calendar.listCalendar(deps, req.query),
  );
  app.post(
    '/api/v1/events',
    {
      config: { policy: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Add an event (meeting, workshop, awareness day...)',
        body: s.createEventBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await calendar.createCalendarEvent(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/events/:id',
    {
      config: { policy: 'calendar.list' },
      schema: {
        tags,
        summary: 'One event, with your registration',
        params: s.eventParams,
        response: { 200: s.eventDetail },
      },
    },
    async (req) => registrations.getEventDetail(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/events/:id/registrations',
    {
      config: { policy: 'calendar.register' },
      schema: {
        tags,
        summary: 'Register (yourself, or someone as an organiser); 409 when full',
        params: s.eventParams,
        body: s.registerBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await registrations.register(deps, req.ctx, req.params.id, req.body)),
  );
  app.put(
    '/api/v1/events/:id/attendance',
    {
      config: { policy: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Mark who came',
        params: s.eventParams,
        body: s.attendanceBody,
        response: { 200: s.eventDetail },
      },
    },
    async (req) => registrations.recordEventAttendance(deps, req.ctx, req.params.id, req.body.attendance),
  );
  app.get(
    '/api/v1/events/:id/ics',
    {
      config: { policy: 'calendar.ics' },
      schema: { tags, summary: 'One event as an iCalendar file', params: s.eventParams },
    },
    async (req, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="event.ics"')
        .send(await registrations.eventIcs(deps, req.ctx, req.params.id)),
  );
}
