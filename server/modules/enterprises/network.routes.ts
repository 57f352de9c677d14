import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { listQuery, pageOf } from '../../http/paging';
import * as network from './network.service';
import { code, created, id, idParams, isoDate } from './startups.schemas';

/** The social-enterprise network's membership. */
const query = listQuery(['name', 'joinedOn'], 'name').extend({
  market: code.optional(),
  status: z.enum(['active', 'lapsed']).optional(),
});
const member = z.object({
  id: z.string(),
  name: z.string(),
  stage: z.string(),
  markets: z.array(z.string()),
  area: z.string().nullable(),
  joinedOn: z.string(),
  status: z.string(),
});

export function networkRoutes(app: App, deps: Deps): void {
  const tags = ['enterprises'];
  app.get(
    '/api/v1/network/members',
    {
      config: { policy: 'network.list' },
      schema: { tags, summary: 'Network members', querystring: query, response: { 200: pageOf(member) } },
    },
    async (req) => network.listNetwork(deps, req.query),
  );
  app.post(
    '/api/v1/network/members',
    {
      config: { policy: 'network.manage' },
      schema: {
        tags,
        summary: 'An enterprise joins the network',
        body: z.strictObject({ enterprise: id, joinedOn: isoDate }),
        response: { 201: created },
      },
    },
    async (req, reply) => reply.code(201).send(await network.joinNetwork(deps, req.ctx, req.body)),
  );
  app.put(
    '/api/v1/network/members/:id/status',
    {
      config: { policy: 'network.manage' },
      schema: {
        tags,
        summary: 'Mark a member active or lapsed',
        params: idParams,
        body: z.strictObject({ status: z.enum(['active', 'lapsed']) }),
        response: { 200: created },
      },
    },
    async (req) => network.setMemberStatus(deps, req.ctx, req.params.id, req.body.status),
  );
}
