import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as champions from './champions.service';
import * as s from './library.schemas';
import * as stories from './stories.service';

/** The story library (consent level enforced on every view and export) and the named champions. */
export function libraryRoutes(app: App, deps: Deps): void {
  const tags = ['communications'];
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
  app.get(
    '/api/v1/stories/:id',
    {
      config: { policy: 'stories.list' },
      schema: {
        tags,
        summary: 'One story (the name only where consent allows)',
        params: s.idParams,
        response: { 200: s.storyView },
      },
    },
    async (req) => stories.getStory(deps, 'partnership', req.params.id),
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
  app.patch(
    '/api/v1/stories/:id',
    {
      config: { policy: 'stories.manage' },
      schema: {
        tags,
        summary: 'Edit a story or change its consent level (409 when stale)',
        params: s.idParams,
        body: s.updateStoryBody,
        response: { 200: s.storyView },
      },
    },
    async (req) => stories.updateStory(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/champions',
    {
      config: { policy: 'champions.list' },
      schema: { tags, summary: 'Named champions', querystring: s.championsQuery, response: { 200: s.championsPage } },
    },
    async (req) => champions.listChampions(deps, req.query),
  );
  app.get(
    '/api/v1/champions/:id',
    {
      config: { policy: 'champions.list' },
      schema: { tags, summary: 'One champion', params: s.idParams, response: { 200: s.championView } },
    },
    async (req) => champions.getChampion(deps, req.params.id),
  );
  app.post(
    '/api/v1/champions',
    {
      config: { policy: 'champions.manage' },
      schema: { tags, summary: 'Name a champion', body: s.createChampionBody, response: { 201: s.created } },
    },
    async (req, reply) => reply.code(201).send(await champions.createChampion(deps, req.ctx, req.body)),
  );
}
