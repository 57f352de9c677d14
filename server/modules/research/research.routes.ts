import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { formParams } from './forms.schemas';
import { formsRoutes } from './forms.routes';
import { openRosaRoutes } from './openrosa.routes';
import * as prizeDraw from './prize-draw.service';
import * as research from './research.service';
import { drawBody, prizeEntryBody } from './submissions.schemas';
import { submissionsRoutes } from './submissions.routes';
import * as vouchers from './vouchers.service';

const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

const tokenView = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
const issuedToken = tokenView.extend({
  token: z.string(),
  serverUrl: z.string(),
  qrCode: z.string(),
  collectSettings: z.string(),
});
const ledgerView = z.object({
  researcherId: z.string(),
  balancePence: z.number().int(),
  issuedPence: z.number().int(),
  redeemedPence: z.number().int(),
  completedQuestionnaires: z.number().int(),
  entries: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['issue', 'redemption']),
      amountPence: z.number().int(),
      note: z.string(),
      on: z.string(),
      form: z.string().nullable(),
    }),
  ),
});
const drawView = z.object({
  formId: z.string(),
  seedPhrase: z.string(),
  seed: z.string(),
  algorithm: z.string(),
  winnerCount: z.number().int(),
  entryHashes: z.array(z.string()),
  winners: z.array(z.object({ entryHash: z.string(), score: z.string() })),
  drawnOn: z.string(),
});

function deviceTokenRoutes(app: App, deps: Deps): void {
  const tags = ['research'];
  const config = { policy: 'research.device-tokens.manage' as const };
  app.post(
    '/api/v1/research/device-tokens',
    {
      config,
      schema: {
        tags,
        summary:
          'A device token for ODK Collect: the token, the OpenRosa server URL and a settings QR code (shown once)',
        body: z.strictObject({ label: z.string().trim().min(1).max(100) }),
        response: { 201: issuedToken },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await research.issueDeviceToken(deps, req.ctx, req.body.label, originOf(req))),
  );
  app.get(
    '/api/v1/research/device-tokens',
    {
      config,
      schema: {
        tags,
        summary: 'My device tokens (never the tokens themselves)',
        response: { 200: z.object({ items: z.array(tokenView) }) },
      },
    },
    async (req) => research.listDeviceTokens(deps, req.ctx),
  );
  app.delete(
    '/api/v1/research/device-tokens/:id',
    { config, schema: { tags, summary: 'Revoke a device token', params: formParams } },
    async (req, reply) => {
      await research.revokeDeviceToken(deps, req.ctx, req.params.id);
      return reply.code(204).send();
    },
  );
}

function voucherAndDrawRoutes(app: App, deps: Deps): void {
  const tags = ['research'];
  app.get(
    '/api/v1/research/vouchers',
    {
      config: { policy: 'research.vouchers.read' },
      schema: {
        tags,
        summary: 'A voucher ledger and balance (mine, or ?researcher= for leads)',
        querystring: z.object({ researcher: z.string().max(100).optional() }),
        response: { 200: ledgerView },
      },
    },
    async (req) => vouchers.voucherLedger(deps, req.ctx, req.query.researcher),
  );
  app.post(
    '/api/v1/research/vouchers/entries',
    {
      config: { policy: 'research.vouchers.record' },
      schema: {
        tags,
        summary: 'Record a voucher issue or redemption for a researcher',
        body: z.strictObject({
          researcher: z.string().max(100),
          kind: z.enum(['issue', 'redemption']),
          amountPence: z.number().int().min(1).max(1_000_000),
          note: z.string().max(500).optional(),
        }),
        response: { 201: ledgerView },
      },
    },
    async (req, reply) => reply.code(201).send(await vouchers.recordVoucherEntry(deps, req.ctx, req.body)),
  );
  app.post(
    '/api/v1/research/forms/:id/prize-entries',
    {
      config: { policy: 'research.prize-entries.create' },
      schema: {
        tags,
        summary: 'Enter a respondent in the prize draw / follow-up list, apart from their answers',
        params: formParams,
        body: prizeEntryBody,
        response: { 201: z.object({ entryHash: z.string() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await prizeDraw.enterPrizeDraw(deps, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/v1/research/forms/:id/prize-draw',
    {
      config: { policy: 'research.prize-draw.run' },
      schema: {
        tags,
        summary: 'Draw the winners of a closed form from a published seed phrase (once)',
        params: formParams,
        body: drawBody,
        response: {
          201: drawView.extend({ winnerContacts: z.array(z.object({ entryHash: z.string(), contact: z.string() })) }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(await prizeDraw.runDraw(deps, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/research/forms/:id/prize-draw',
    {
      config: { policy: 'research.prize-draw.read' },
      schema: {
        tags,
        summary: 'The published draw: seed, entry hashes, winners',
        params: formParams,
        response: { 200: drawView },
      },
    },
    async (req) => prizeDraw.getDraw(deps, req.params.id),
  );
}

/** Community research: questionnaires, responses, device tokens, vouchers, prize draws; and OpenRosa. */
export function researchRoutes(app: App, deps: Deps): void {
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10, parts: 11 } });
    const typed = scope.withTypeProvider<ZodTypeProvider>() as unknown as App;
    formsRoutes(typed, deps);
    submissionsRoutes(typed, deps);
    deviceTokenRoutes(typed, deps);
    voucherAndDrawRoutes(typed, deps);
  });
  openRosaRoutes(app, deps);
}
