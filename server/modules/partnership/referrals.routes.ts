import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { getResidentConsents, recordResidentConsents } from '../residents/consents.service';
import { listActivity } from './activity.service';
import * as s from './referrals.schemas';
import * as referrals from './referrals.service';

/** Referrals between work packages, residents' consents they depend on, and the activity feed. */
export function referralsRoutes(app: App, deps: Deps): void {
  const tags = ['partnership'];
  app.get(
    '/api/v1/referrals',
    {
      config: { policy: 'referrals.list' },
      schema: {
        tags,
        summary: "Referrals to (inbox) or from (outbox) the caller's partner; coordinators: box=all",
        querystring: s.referralsQuery,
        response: { 200: s.referralsPage },
      },
    },
    async (req) => referrals.listReferrals(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/referrals/:id',
    {
      config: { policy: 'referrals.read' },
      schema: {
        tags,
        summary: 'A referral (minimal view of the resident)',
        params: s.idParams,
        response: { 200: s.referralView },
      },
    },
    async (req) => referrals.getReferral(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/referrals',
    {
      config: { policy: 'referrals.create' },
      schema: {
        tags,
        summary: 'Refer a resident to another work package (refused without their consent)',
        body: s.createReferralBody,
        response: { 201: s.referralView },
      },
    },
    async (req, reply) => reply.code(201).send(await referrals.createReferral(deps, req.ctx, req.body)),
  );
  app.post(
    '/api/v1/referrals/:id/response',
    {
      config: { policy: 'referrals.respond' },
      schema: {
        tags,
        summary: 'Accept, decline (with a reason) or complete a referral',
        params: s.idParams,
        body: s.respondReferralBody,
        response: { 200: s.referralView },
      },
    },
    async (req) => referrals.respondToReferral(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/residents/:id/consents',
    {
      config: { policy: 'residents.consents.read' },
      schema: {
        tags: ['residents'],
        summary: "A resident's consents by purpose",
        params: s.idParams,
        response: { 200: s.consentsView },
      },
    },
    async (req) => getResidentConsents(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/v1/residents/:id/consents',
    {
      config: { policy: 'residents.consents.update' },
      schema: {
        tags: ['residents'],
        summary: 'Record consents given or withdrawn (purposes not named keep their value)',
        params: s.idParams,
        body: s.consentsBody,
        response: { 200: s.consentsView },
      },
    },
    async (req) => recordResidentConsents(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/activity',
    {
      config: { policy: 'activity.list' },
      schema: {
        tags,
        summary: 'The activity feed, per partner and work package, filtered by what the caller may see',
        querystring: s.activityQuery,
        response: { 200: s.activityPage },
      },
    },
    async (req) => listActivity(deps, req.ctx, req.query),
  );
}
