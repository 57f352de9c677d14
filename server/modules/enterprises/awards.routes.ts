import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './awards.schemas';
import * as awards from './awards.service';
import * as bids from './bids.service';
import { idParams } from './contracts.schemas';
import * as ledger from './ledger.service';
import * as socialValue from './social-value.service';

export function awardsRoutes(app: App, deps: Deps): void {
  const tags = ['enterprises'];
  app.get(
    '/api/v1/enterprises/bids',
    {
      config: { policy: 'bids.list' },
      schema: {
        tags,
        summary: 'Bids, with search, filters, sort and paging',
        querystring: s.bidsQuery,
        response: { 200: s.bidsPage },
      },
    },
    async (req) => bids.listBids(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/enterprises/contracts/:id/bids',
    {
      config: { policy: 'bids.manage' },
      schema: {
        tags,
        summary: 'Record a bid by an enterprise or a consortium',
        params: idParams,
        body: s.createBidBody,
        response: { 201: s.bidView },
      },
    },
    async (req, reply) => reply.code(201).send(await bids.createBid(deps, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/enterprises/bids/:id',
    {
      config: { policy: 'bids.list' },
      schema: { tags, summary: 'One bid', params: s.bidParams, response: { 200: s.bidView } },
    },
    async (req) => bids.getBid(deps, req.ctx, req.params.id),
  );
  app.patch(
    '/api/v1/enterprises/bids/:id',
    {
      config: { policy: 'bids.manage' },
      schema: {
        tags,
        summary: 'Submit, withdraw or lose a bid (a win is recorded as an award)',
        params: s.bidParams,
        body: s.updateBidBody,
        response: { 200: s.bidView },
      },
    },
    async (req) => bids.updateBid(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/enterprises/awards',
    {
      config: { policy: 'awards.record' },
      schema: {
        tags,
        summary: 'Record the award for a submitted bid (into the value ledger)',
        body: s.createAwardBody,
        response: { 201: s.awardView },
      },
    },
    async (req, reply) => reply.code(201).send(await awards.recordAward(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/enterprises/awards/:id',
    {
      config: { policy: 'ledger.read' },
      schema: { tags, summary: 'One award', params: s.awardParams, response: { 200: s.awardView } },
    },
    async (req) => awards.getAward(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/v1/enterprises/awards/:id/measures',
    {
      config: { policy: 'awards.record' },
      schema: {
        tags,
        summary: 'Record social-value measures against an award',
        params: s.awardParams,
        body: s.recordMeasuresBody,
        response: { 200: s.awardView },
      },
    },
    async (req) => awards.recordMeasures(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/enterprises/ledger',
    {
      config: { policy: 'ledger.read' },
      schema: {
        tags,
        summary: 'The value-retained-locally ledger: £ by ward and year',
        querystring: s.ledgerQuery,
        response: { 200: s.ledgerView },
      },
    },
    async (req) => ledger.readLedger(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/enterprises/ledger.csv',
    {
      config: { policy: 'ledger.read' },
      schema: { tags, summary: 'The value ledger as CSV', querystring: s.ledgerQuery },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="value-ledger.csv"')
        .send(ledger.ledgerCsv(await ledger.readLedger(deps, req.ctx, req.query))),
  );
  app.get(
    '/api/v1/enterprises/social-value/measures',
    {
      config: { policy: 'social-value.list' },
      schema: { tags, summary: "The city's social-value measures", response: { 200: s.measuresList } },
    },
    async () => socialValue.listMeasures(deps),
  );
  app.put(
    '/api/v1/enterprises/social-value/measures/:code',
    {
      config: { policy: 'social-value.manage' },
      schema: {
        tags,
        summary: 'Add or edit a social-value measure (no proxy £ values)',
        params: s.measureParams,
        body: s.putMeasureBody,
        response: { 200: s.measureView },
      },
    },
    async (req) => socialValue.putMeasure(deps, req.ctx, req.params.code, req.body),
  );
}
