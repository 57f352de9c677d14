import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './residents.schemas';
import * as residents from './residents.service';

export function residentsRoutes(app: App, deps: Deps): void {
  const tags = ['residents'];
  app.get(
    '/api/v1/residents',
    {
      config: { policy: 'residents.list' },
      schema: {
        tags,
        summary: "Residents of the caller's partner (admins: all)",
        querystring: s.residentsQuery,
        response: { 200: s.residentsPage },
      },
    },
    async (req) => residents.listResidents(deps, req.ctx, req.query),
  );

  app.get(
    '/api/v1/residents/:id',
    {
      config: { policy: 'residents.read' },
      schema: {
        tags,
        summary: 'One resident, with special-category fields (audited)',
        params: s.residentParams,
        response: { 200: s.residentDetail },
      },
    },
    async (req) => residents.getResident(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/residents',
    {
      config: { policy: 'residents.create' },
      schema: {
        tags,
        summary: 'Register a resident',
        body: s.createResidentBody,
        response: { 201: s.createdResponse },
      },
    },
    async (req, reply) => reply.code(201).send(await residents.createResident(deps, req.ctx, req.body)),
  );
}
