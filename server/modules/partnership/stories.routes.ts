import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as calendar from './calendar.service';
import { getProgramme } from './partnership.service';
import * as s from './stories.schemas';

/** Communications: the shared calendar and its public iCalendar feed (stories and champions: library.routes). */
export function storiesRoutes(app: App, deps: Deps): void {
  const tags = ['communications'];
  app.get(
    '/api/v1/calendar',
    {
      config: { policy: 'calendar.list' },
      schema: {
        tags,
        summary: 'Events across work packages',
        querystring: s.calendarQuery,
        response: { 200: s.calendarPage },
      },
    },
    async (req) => calendar.listCalendar(deps, req.query),
  );
  app.post(
    '/api/v1/calendar',
    {
      config: { policy: 'calendar.manage' },
      schema: { tags, summary: 'Add an event', body: s.createEventBody, response: { 201: s.created } },
    },
    async (req, reply) => reply.code(201).send(await calendar.createCalendarEvent(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/public/calendar.ics',
    { config: { policy: 'calendar.public-feed' }, schema: { tags, summary: 'Public events as an iCalendar feed' } },
    async (_req, reply) => {
      const programme = await getProgramme(deps).catch(() => ({ name: 'USE-IT!' }));
      return reply.type('text/calendar; charset=utf-8').send(await calendar.publicCalendarFeed(deps, programme.name));
    },
  );
}
