import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { updateResult } from './enterprises.schemas';
import * as s from './guide.schemas';
import * as guide from './guide.service';
import { idParams } from './enterprises.schemas';
import { z } from 'zod';

/** The public "which model fits" guide, and the follow-up list staff turn into enterprises. */
export function guideRoutes(app: App, deps: Deps): void {
  const tags = ['enterprise guide'];
  app.post(
    '/api/v1/guide/suggestion',
    {
      config: { policy: 'guide.leads.create' },
      schema: {
        tags,
        summary: 'Which model fits (public): a suggestion with the answers that led to it; nothing is stored',
        body: s.suggestBody,
        response: { 200: s.suggestionView },
      },
    },
    async (req) => guide.suggest(req.body.answers as never),
  );
  app.post(
    '/api/v1/guide/leads',
    {
      config: {
        policy: 'guide.leads.create',
        rateLimit: { max: deps.config.SIGN_IN_RATE_PER_MINUTE, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary: 'Ask for follow-up after the guide (public; needs consent and an email or phone)',
        body: s.createLeadBody,
        response: { 201: s.leadCreated },
      },
    },
    async (req, reply) => reply.code(201).send(await guide.createLead(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/guide/leads',
    {
      config: { policy: 'guide.leads.list' },
      schema: { tags, summary: 'Follow-up list (audited)', querystring: s.leadsQuery, response: { 200: s.leadsPage } },
    },
    async (req) => guide.listLeads(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/guide/leads/:id/status',
    {
      config: { policy: 'guide.leads.manage' },
      schema: {
        tags,
        summary: 'Mark a lead contacted, closed or new again',
        params: idParams,
        body: s.leadStatusBody,
        response: { 200: s.leadView },
      },
    },
    async (req) => guide.setLeadStatus(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/guide/leads/:id/enterprise',
    {
      config: { policy: 'guide.leads.manage' },
      schema: {
        tags,
        summary: 'Turn a lead into an idea-stage enterprise (pending approval)',
        params: idParams,
        body: s.convertLeadBody,
        response: { 201: z.object({ lead: s.leadView, enterprise: updateResult.shape.enterprise }) },
      },
    },
    async (req, reply) => reply.code(201).send(await guide.convertLead(deps, req.ctx, req.params.id, req.body)),
  );
}
