import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { consortiaRoutes } from './consortia.routes';
import { directoryRoutes } from './directory.routes';
import { guideRoutes } from './guide.routes';
import * as changes from './enterprises.changes.service';
import * as s from './enterprises.schemas';
import * as enterprises from './enterprises.service';
import * as write from './enterprises.write.service';

/** The staff enterprise directory and change approvals; the directory, guide and consortia routes come too. */
export function enterprisesRoutes(app: App, deps: Deps): void {
  const tags = ['enterprises'];
  app.get(
    '/api/v1/enterprises',
    {
      config: { policy: 'enterprises.list' },
      schema: {
        tags,
        summary: 'The enterprise directory (staff): search, filters, sort and paging',
        querystring: s.enterprisesQuery,
        response: { 200: s.enterprisesPage },
      },
    },
    async (req) => enterprises.listEnterprises(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/enterprises',
    {
      config: { policy: 'enterprises.create' },
      schema: {
        tags,
        summary: 'Add an enterprise (pending until a coordinator approves it); 409 for a duplicate name in the ward',
        body: s.createEnterpriseBody,
        response: { 201: s.enterpriseView },
      },
    },
    async (req, reply) => reply.code(201).send(await write.createEnterprise(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/enterprises/:id',
    {
      config: { policy: 'enterprises.read' },
      schema: {
        tags,
        summary: 'One enterprise (an enterprise member: only its own)',
        params: s.idParams,
        response: { 200: s.enterpriseView },
      },
    },
    async (req) => enterprises.getEnterprise(deps, req.ctx, req.params.id),
  );
  app.patch(
    '/api/v1/enterprises/:id',
    {
      config: { policy: 'enterprises.update' },
      schema: {
        tags,
        summary: "Edit an enterprise (staff: at once; the enterprise's own member: as a change request for approval)",
        params: s.idParams,
        body: s.updateEnterpriseBody,
        response: { 200: s.updateResult },
      },
    },
    async (req) => write.updateEnterprise(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/enterprises/:id/approval',
    {
      config: { policy: 'enterprises.approve' },
      schema: {
        tags,
        summary: 'Approve a new entry',
        params: s.idParams,
        body: s.approveBody,
        response: { 200: s.enterpriseView },
      },
    },
    async (req) => write.approveEnterprise(deps, req.ctx, req.params.id, req.body.version),
  );
  app.post(
    '/api/v1/enterprises/:id/users',
    {
      config: { policy: 'enterprises.users.manage' },
      schema: {
        tags,
        summary: 'Link a user with the enterprise_member role to the enterprise',
        params: s.idParams,
        body: s.linkUserBody,
        response: { 200: s.enterpriseView },
      },
    },
    async (req) => write.linkEnterpriseUser(deps, req.ctx, req.params.id, req.body.user),
  );
  changeRoutes(app, deps);
  directoryRoutes(app, deps);
  guideRoutes(app, deps);
  consortiaRoutes(app, deps);
}

function changeRoutes(app: App, deps: Deps): void {
  const tags = ['enterprises'];
  app.get(
    '/api/v1/enterprise-changes',
    {
      config: { policy: 'enterprises.approve' },
      schema: {
        tags,
        summary: 'Change requests with their diffs',
        querystring: s.changesQuery,
        response: { 200: s.changesPage },
      },
    },
    async (req) => changes.listChanges(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/enterprise-changes/:id',
    {
      config: { policy: 'enterprises.update' },
      schema: {
        tags,
        summary: 'One change request (an enterprise member: its own)',
        params: s.idParams,
        response: { 200: s.changeView },
      },
    },
    async (req) => changes.getChange(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/enterprise-changes/:id/decision',
    {
      config: { policy: 'enterprises.approve' },
      schema: {
        tags,
        summary: 'Approve (applies it; 409 if the entry changed since) or reject a change request',
        params: s.idParams,
        body: s.decideBody,
        response: { 200: s.changeView },
      },
    },
    async (req) => changes.decideChange(deps, req.ctx, req.params.id, req.body),
  );
}
