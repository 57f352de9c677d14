import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './consortia.schemas';
import * as consortia from './consortia.service';
import { idParams } from './enterprises.schemas';

/** Consortia by market: list, page, create, edit and manage members. */
export function consortiaRoutes(app: App, deps: Deps): void {
  const tags = ['consortia'];
  app.get(
    '/api/v1/consortia',
    {
      config: { policy: 'consortia.list' },
      schema: {
        tags,
        summary: 'Consortia (filter by market)',
        querystring: s.consortiaQuery,
        response: { 200: s.consortiaPage },
      },
    },
    async (req) => consortia.listConsortia(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/consortia/:id',
    {
      config: { policy: 'consortia.read' },
      schema: { tags, summary: 'A consortium with its members', params: idParams, response: { 200: s.consortiumView } },
    },
    async (req) => consortia.getConsortium(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/consortia',
    {
      config: { policy: 'consortia.manage' },
      schema: {
        tags,
        summary: 'Create a consortium in a market',
        body: s.createConsortiumBody,
        response: { 201: s.consortiumView },
      },
    },
    async (req, reply) => reply.code(201).send(await consortia.createConsortium(deps, req.ctx, req.body)),
  );
  app.patch(
    '/api/v1/consortia/:id',
    {
      config: { policy: 'consortia.manage' },
      schema: {
        tags,
        summary: 'Edit name, lead, capabilities or description',
        params: idParams,
        body: s.updateConsortiumBody,
        response: { 200: s.consortiumView },
      },
    },
    async (req) => consortia.updateConsortium(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/consortia/:id/members',
    {
      config: { policy: 'consortia.manage' },
      schema: {
        tags,
        summary: 'Add a member enterprise',
        params: idParams,
        body: s.memberBody,
        response: { 200: s.consortiumView },
      },
    },
    async (req) => consortia.addMember(deps, req.ctx, req.params.id, req.body.enterprise),
  );
  app.delete(
    '/api/v1/consortia/:id/members/:enterpriseId',
    {
      config: { policy: 'consortia.manage' },
      schema: {
        tags,
        summary: 'Remove a member enterprise',
        params: s.memberParams,
        response: { 200: s.consortiumView },
      },
    },
    async (req) => consortia.removeMember(deps, req.ctx, req.params.id, req.params.enterpriseId),
  );
}
