import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as calendar from './calendar.service';
import { getProgramme } from './partnership.service';
import * as s from './stories.schemas';
import * as stories from './stories.service';

/** Communications: the shared calendar and its public iCalendar feed, the story library, champions. */
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
  app.get(
    '/api/v1/stories',
    {
      config: { policy: 'stories.list' },
      schema: {
        tags,
        summary: 'The story library (names only where consent allows)',
        querystring: s.storiesQuery,
        response: { 200: s.storiesPage },
      },
    },
    async (req) => stories.listStories(deps, 'partnership', req.query),
  );
  app.get(
    '/api/v1/public/stories',
    {
      config: { policy: 'stories.public' },
      schema: {
        tags,
        summary: 'Published stories: no internal ones; names only with consent',
        querystring: s.storiesQuery,
        response: { 200: s.storiesPage },
      },
    },
    async (req) => stories.listStories(deps, 'public', req.query),
  );
  app.get(
    '/api/v1/stories/export.csv',
    {
      config: { policy: 'stories.list' },
      schema: { tags, summary: 'Stories as CSV for an audience', querystring: s.exportQuery },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="stories-${req.query.audience}.csv"`)
        .send(await stories.exportStories(deps, req.query.audience)),
  );
  app.post(
    '/api/v1/stories',
    {
      config: { policy: 'stories.manage' },
      schema: {
        tags,
        summary: 'Add a story with its consent level',
        body: s.createStoryBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await stories.createStory(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/champions',
    {
      config: { policy: 'champions.list' },
      schema: { tags, summary: 'Named champions', response: { 200: s.championsList } },
    },
    async () => stories.listChampions(deps),
  );
  app.post(
    '/api/v1/champions',
    {
      config: { policy: 'champions.manage' },
      schema: { tags, summary: 'Name a champion', body: s.createChampionBody, response: { 201: s.created } },
    },
    async (req, reply) => reply.code(201).send(await stories.createChampion(deps, req.ctx, req.body)),
  );
}
