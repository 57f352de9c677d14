import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as contacts from './roundup.contacts';
import * as s from './roundup.schemas';
import * as roundups from './roundup.service';

/** The weekly round-up: drafted from the activity, edited and approved by the project manager, sent once. */
export function roundupRoutes(app: App, deps: Deps): void {
  const tags = ['partnership'];
  const manage = { policy: 'roundups.manage' } as const;
  app.get(
    '/api/v1/roundups',
    {
      config: { policy: 'roundups.list' },
      schema: {
        tags,
        summary: 'Round-ups, newest week first (the archive)',
        querystring: s.roundupsQuery,
        response: { 200: s.roundupsPage },
      },
    },
    async (req) => roundups.listRoundups(deps, req.query),
  );
  app.post(
    '/api/v1/roundups/draft',
    {
      config: manage,
      schema: {
        tags,
        summary: "Draft this week's round-up now (or return the week's existing one)",
        body: s.draftBody,
        response: { 200: s.draftResponse, 201: s.draftResponse },
      },
    },
    async (req, reply) => {
      const at = req.body.day ? new Date(`${req.body.day}T12:00:00Z`) : new Date();
      const result = await roundups.draftRoundup(deps, req.ctx, at);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );
  app.get(
    '/api/v1/roundups/:id',
    {
      config: { policy: 'roundups.list' },
      schema: {
        tags,
        summary: 'A round-up (by id or week start) and its deliveries',
        params: s.roundupParams,
        response: { 200: s.roundupDetail },
      },
    },
    async (req) => roundups.getRoundup(deps, req.params.id),
  );
  app.patch(
    '/api/v1/roundups/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit the intro and highlights',
        params: s.roundupParams,
        body: s.editBody,
        response: { 200: s.roundupDetail },
      },
    },
    async (req) => roundups.editRoundup(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/roundups/:id/approve',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Approve the round-up for sending',
        params: s.roundupParams,
        body: s.versionBody,
        response: { 200: s.roundupDetail },
      },
    },
    async (req) => roundups.approveRoundup(deps, req.ctx, req.params.id, req.body.version),
  );
  app.post(
    '/api/v1/roundups/:id/send',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send to every partner contact (once)',
        params: s.roundupParams,
        body: s.versionBody,
        response: { 200: s.roundupDetail },
      },
    },
    async (req) => roundups.sendRoundup(deps, req.ctx, req.params.id, req.body.version),
  );
  app.get(
    '/api/v1/roundups/:id/preview',
    {
      config: { policy: 'roundups.list' },
      schema: {
        tags,
        summary: "One partner's round-up as it would be sent",
        params: s.roundupParams,
        querystring: s.previewQuery,
        response: { 200: s.previewView },
      },
    },
    async (req) => roundups.previewRoundup(deps, req.params.id, req.query.partner, req.query.language),
  );
  app.get(
    '/api/v1/partner-contacts',
    {
      config: { policy: 'partner-contacts.manage' },
      schema: { tags, summary: 'Who receives the round-up for each partner', response: { 200: s.contactsList } },
    },
    async () => contacts.listContacts(deps),
  );
  app.post(
    '/api/v1/partner-contacts',
    {
      config: { policy: 'partner-contacts.manage' },
      schema: {
        tags,
        summary: 'Add (or update) a partner contact',
        body: s.contactBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await contacts.addContact(deps, req.ctx, req.body)),
  );
  app.delete(
    '/api/v1/partner-contacts/:id',
    {
      config: { policy: 'partner-contacts.manage' },
      schema: { tags, summary: 'Remove a partner contact', params: s.roundupParams },
    },
    async (req, reply) => {
      await contacts.removeContact(deps, req.ctx, req.params.id);
      return reply.code(204).send();
    },
  );
}
