import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  type Client,
  type Harness,
} from '../../test/harness';
import { createArea } from '../places/places.service';

describe('"which model fits" guide: public suggestion, follow-up with consent, lead to enterprise', () => {
  let h: Harness;
  let anon: Client;
  let lead: Client;
  let staff: Client;
  let ladywood: string;
  const answers = {
    purpose: 'meet_members_needs',
    ownership: 'members',
    income: 'sales',
    profits: 'members_share',
    staff: 'some_paid',
  };

  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps);
    ladywood = (
      await createArea(h.deps, systemContext, {
        slug: 'ladywood',
        name: 'Ladywood',
        kind: 'ward',
        code: null,
        description: '',
        boundary: null,
      })
    ).id;
    anon = await anonymousClient(h);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', p.slug)).email);
    staff = await signedInClient(h, (await makeUser(h.deps, 'partner_member', p.slug)).email);
  });
  afterAll(() => h.close());

  it('suggests a co-operative for a members’ food idea, with reasons, without signing in', async () => {
    const res = await anon.request('POST', '/api/v1/guide/suggestion', { answers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ model: 'co_operative', alsoConsider: null });
    expect(res.json().reasons[0]).toEqual({ question: 'ownership', answer: 'members', points: 4 });
    const bad = await anon.request('POST', '/api/v1/guide/suggestion', { answers: { ...answers, ownership: 'x' } });
    expect(bad.statusCode).toBe(400);
  });

  it('needs consent and a way to reach the person; staff without coordination rights see no leads', async () => {
    const body = { answers, name: 'Hawa Test', email: 'hawa@example.org', idea: 'Food co-op', consent: false };
    const noConsent = await anon.request('POST', '/api/v1/guide/leads', body);
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.json().errors[0].path).toBe('body.consent');
    const noContact = await anon.request('POST', '/api/v1/guide/leads', { ...body, email: null, consent: true });
    expect(noContact.json().errors[0].path).toBe('body.email');
    const ok = await anon.request('POST', '/api/v1/guide/leads', { ...body, consent: true });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().suggestion.model).toBe('co_operative');
    expect((await anon.request('GET', '/api/v1/guide/leads')).statusCode).toBe(401);
    expect((await staff.request('GET', '/api/v1/guide/leads')).statusCode).toBe(403);
  });

  it('turns a lead into an idea-stage enterprise pending approval, once', async () => {
    const leads = (await lead.request('GET', '/api/v1/guide/leads?status=new')).json();
    expect(leads.total).toBe(1);
    const l = leads.items[0];
    expect(l.reasons.map((r: { question: string }) => r.question)).toContain('ownership');
    const res = await lead.request('POST', `/api/v1/guide/leads/${l.id}/enterprise`, {
      name: 'Ladywood Kitchen Co-op',
      markets: ['food'],
      area: ladywood,
      version: l.version,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().lead.status).toBe('converted');
    expect(res.json().enterprise).toMatchObject({
      stage: 'idea',
      legalForm: 'co_operative',
      status: 'pending',
      productsServices: 'Food co-op',
    });
    expect(res.json().enterprise.contacts[0]).toMatchObject({ name: 'Hawa Test', email: 'hawa@example.org' });
    const again = await lead.request('POST', `/api/v1/guide/leads/${l.id}/enterprise`, {
      name: 'Another',
      version: res.json().lead.version,
    });
    expect(again.statusCode).toBe(409);
  });
});
