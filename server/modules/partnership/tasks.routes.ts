import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './coordination.schemas';
import * as tasks from './tasks.service';

/** Tasks: the partnership's to-do list, with owners, due dates, links to records and comments. */
export function tasksRoutes(app: App, deps: Deps): void {
  const tags = ['partnership'];
  app.get(
    '/api/v1/tasks',
    {
      config: { policy: 'tasks.list' },
      schema: {
        tags,
        summary: "Tasks (your partner's, or all for coordinators)",
        querystring: s.tasksQuery,
        response: { 200: s.tasksPage },
      },
    },
    async (req) => tasks.listTasks(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/tasks/mine',
    {
      config: { policy: 'tasks.list' },
      schema: { tags, summary: 'The tasks you own', querystring: s.myTasksQuery, response: { 200: s.tasksPage } },
    },
    async (req) => tasks.listTasks(deps, req.ctx, { ...req.query, owner: 'me' }),
  );
  app.get(
    '/api/v1/tasks/:id',
    {
      config: { policy: 'tasks.read' },
      schema: {
        tags,
        summary: 'A task with its links and comments',
        params: s.idParams,
        response: { 200: s.taskDetail },
      },
    },
    async (req) => tasks.getTask(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/tasks',
    {
      config: { policy: 'tasks.create' },
      schema: { tags, summary: 'Create a task', body: s.createTaskBody, response: { 201: s.taskDetail } },
    },
    async (req, reply) => reply.code(201).send(await tasks.createTask(deps, req.ctx, req.body)),
  );
  app.patch(
    '/api/v1/tasks/:id',
    {
      config: { policy: 'tasks.update' },
      schema: {
        tags,
        summary: 'Change a task (its owner or a coordinator)',
        params: s.idParams,
        body: s.updateTaskBody,
        response: { 200: s.taskDetail },
      },
    },
    async (req) => tasks.updateTask(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/tasks/:id/comments',
    {
      config: { policy: 'tasks.comment' },
      schema: {
        tags,
        summary: 'Comment on a task',
        params: s.idParams,
        body: s.commentBody,
        response: { 201: s.taskDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await tasks.commentOnTask(deps, req.ctx, req.params.id, req.body.body)),
  );
}
