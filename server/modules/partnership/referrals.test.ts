import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { makeResident } from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { recordActivity } from './activity.service';
import { createWorkPackage } from './partnership.service';

describe('referrals between work packages, with consent', () => {
  let h: Harness;
  let researchLead: Client;
  let enterpriseTeam: Client;
  let outsider: Client;
  let coordinator: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const uni = await makePartner(h.deps, 'University');
    const ise = await makePartner(h.deps, 'Enterprise support');
    const other = await makePartner(h.deps, 'Other partner');
    Object.assign(ids, { uni: uni.id, ise: ise.id, other: other.id });
    for (const [slug, code, lead] of [
      ['community-research', 'WP1', uni.slug],
      ['social-enterprise', 'WP3', ise.slug],
    ] as const)
      await createWorkPackage(h.deps, systemContext, { slug, code, name: slug, lead, description: '' });
    researchLead = await signedInClient(h, (await makeUser(h.deps, 'caseworker', uni.slug)).email);
    enterpriseTeam = await signedInClient(h, (await makeUser(h.deps, 'partner_member', ise.slug)).email);
    outsider = await signedInClient(h, (await makeUser(h.deps, 'partner_member', other.slug)).email);
    const admin = await makeUser(h.deps, 'programme_admin', other.slug);
    coordinator = await signedInClient(h, admin.email);
    ids.resident = (await makeResident(h.deps.db, uni.id, null)).id;
  });
  afterAll(() => h.close());

  const refer = (c: Client) =>
    c.request('POST', '/api/v1/referrals', {
      resident: ids.resident,
      fromWorkPackage: 'community-research',
      toWorkPackage: 'social-enterprise',
      reason: 'Wants to start a catering social enterprise',
    });

  it('refuses a referral without the resident’s consent, naming what is missing', async () => {
    const res = await refer(researchLead);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().detail).toMatch(/not consented to being referred or enterprise support/);
    expect(res.json().errors[0].path).toBe('body.resident');
    await researchLead.request('PUT', `/api/v1/residents/${ids.resident}/consents`, { referral: true });
    const still = await refer(researchLead);
    expect(still.statusCode).toBe(422);
    expect(still.json().detail).toMatch(/enterprise support/);
    expect(still.json().detail).not.toMatch(/being referred/);
  });

  it('sends with consent; the receiving team sees a minimal view and accepts', async () => {
    const consent = await researchLead.request('PUT', `/api/v1/residents/${ids.resident}/consents`, {
      enterprise_support: true,
    });
    expect(consent.json().consents).toMatchObject({ referral: true, enterprise_support: true, publicity: false });
    const sent = await refer(researchLead);
    expect(sent.statusCode, sent.body).toBe(201);
    const referral = sent.json();
    expect(referral).toMatchObject({ status: 'sent', to: { partner: { id: ids.ise } } });
    expect(Object.keys(referral.resident).sort()).toEqual(['area', 'displayName', 'id', 'languages', 'reference']);
    ids.referral = referral.id;

    const inbox = (await enterpriseTeam.request('GET', '/api/v1/referrals?box=inbox&status=sent')).json();
    expect(inbox.items.map((r: { id: string }) => r.id)).toEqual([ids.referral]);
    expect((await outsider.request('GET', `/api/v1/referrals/${ids.referral}`)).statusCode).toBe(404);
    expect((await outsider.request('GET', '/api/v1/referrals?box=inbox')).json().total).toBe(0);
    // the sender cannot answer its own referral
    const self = await researchLead.request('POST', `/api/v1/referrals/${ids.referral}/response`, {
      action: 'accept',
      version: 1,
    });
    expect(self.statusCode).toBe(403);
    const noReason = await enterpriseTeam.request('POST', `/api/v1/referrals/${ids.referral}/response`, {
      action: 'decline',
      version: 1,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('body.reason');
    const accepted = await enterpriseTeam.request('POST', `/api/v1/referrals/${ids.referral}/response`, {
      action: 'accept',
      version: 1,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
    expect(accepted.json().respondedAt).not.toBeNull();
    const stale = await enterpriseTeam.request('POST', `/api/v1/referrals/${ids.referral}/response`, {
      action: 'complete',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const again = await enterpriseTeam.request('POST', `/api/v1/referrals/${ids.referral}/response`, {
      action: 'decline',
      reason: 'x',
      version: 2,
    });
    expect(again.statusCode).toBe(409);
    const outbox = (await researchLead.request('GET', '/api/v1/referrals?box=outbox')).json();
    expect(outbox.items[0]).toMatchObject({ id: ids.referral, status: 'accepted' });
  });

  it('filters the activity feed by what each viewer may see', async () => {
    await recordActivity(h.deps.db, {
      kind: 'asset',
      partnerId: ids.other!,
      subject: { type: 'micro_asset', id: 'x1' },
      summary: 'New shared asset',
    });
    await recordActivity(h.deps.db, {
      kind: 'asset',
      partnerId: ids.other!,
      subject: { type: 'micro_asset', id: 'x2' },
      summary: 'Private asset of other',
      visibility: 'partner',
    });
    const seen = async (c: Client) =>
      ((await c.request('GET', '/api/v1/activity?pageSize=100')).json().items as { summary: string }[]).map(
        (e) => e.summary,
      );
    const team = await seen(enterpriseTeam);
    expect(team).toContain('New shared asset');
    expect(team).not.toContain('Private asset of other');
    expect(team.filter((s) => s.startsWith('Referral to WP3') || s.startsWith('New referral to WP3'))).toHaveLength(2);
    const out = await seen(outsider);
    expect(out).toContain('Private asset of other');
    expect(out.some((s) => s.includes('referral'))).toBe(false);
    expect(await seen(coordinator)).toHaveLength(4);
    const byWp = (await coordinator.request('GET', '/api/v1/activity?workPackage=social-enterprise')).json();
    expect(byWp.total).toBe(2);
    expect((await coordinator.request('GET', '/api/v1/activity?workPackage=nope')).statusCode).toBe(422);
  });
  it('keeps work packages with members, objectives and milestones', async () => {
    const body = {
      members: ['social-enterprise-missing'],
      objectives: ['Support 36 new enterprises'],
      milestones: [{ title: 'Start-up programme cohort 1', due: '2027-03-31', done: false }],
    };
    const bad = await coordinator.request('PUT', '/api/v1/work-packages/social-enterprise/details', body);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('body.members.0');
    const partners = (await coordinator.request('GET', '/api/v1/partners?pageSize=100')).json().items as {
      id: string;
      slug: string;
    }[];
    const slugs = partners.filter((p) => [ids.ise, ids.uni].includes(p.id)).map((p) => p.slug);
    const ok = await coordinator.request('PUT', '/api/v1/work-packages/social-enterprise/details', {
      ...body,
      members: slugs,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await enterpriseTeam.request('PUT', '/api/v1/work-packages/social-enterprise/details', body)).statusCode,
    ).toBe(403);
    const wp = (await enterpriseTeam.request('GET', '/api/v1/work-packages/social-enterprise')).json();
    expect(wp).toMatchObject({ code: 'WP3', lead: { id: ids.ise }, objectives: ['Support 36 new enterprises'] });
    expect(wp.members).toHaveLength(2);
    expect(wp.milestones[0]).toEqual({ title: 'Start-up programme cohort 1', due: '2027-03-31', done: false });
  });
});
