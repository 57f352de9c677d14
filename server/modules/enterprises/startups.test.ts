import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { linkUser, makeEnterprise } from './startups.fixtures';

describe('start-up programme: cohorts, capacity, attendance, progress, peer board', () => {
  let h: Harness;
  let staff: Client;
  let member: Client;
  let outsider: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'Enterprise support');
    ids.partner = p.slug;
    staff = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', p.slug)).email);
    ids.food = await makeEnterprise(h, 'Ladywood Food Co-op', 'idea');
    ids.bakery = await makeEnterprise(h, 'Soho Bakery', 'start_up');
    ids.third = await makeEnterprise(h, 'Cape Hill Crafts', 'idea', ['creative']);
    ids.old = await makeEnterprise(h, 'Established Builders', 'established', ['built_environment']);
    const m = await makeUser(h.deps, 'enterprise_member', p.slug);
    const o = await makeUser(h.deps, 'enterprise_member', p.slug);
    await linkUser(h, ids.food, m.id);
    await linkUser(h, ids.third, o.id);
    member = await signedInClient(h, m.email);
    outsider = await signedInClient(h, o.email);
  });
  afterAll(() => h.close());

  it('creates a programme with the city pack modules, and refuses an unknown module', async () => {
    const bad = await staff.request('POST', '/api/v1/startup-programmes', { name: 'X', modules: ['juggling'] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('body.modules');
    const res = await staff.request('POST', '/api/v1/startup-programmes', { name: 'Start-up programme 2027' });
    expect(res.statusCode, res.body).toBe(201);
    ids.programme = res.json().id;
    const list = await staff.request('GET', '/api/v1/startup-programmes');
    expect(list.json()[0].modules.map((m: { code: string }) => m.code)).toEqual([
      'business_planning',
      'finance',
      'marketing',
      'product_service',
      'board_recruitment',
    ]);
    const cohort = await staff.request('POST', `/api/v1/startup-programmes/${ids.programme}/cohorts`, {
      name: 'Spring 2027',
      startsOn: '2027-03-01',
      capacity: 2,
    });
    expect(cohort.statusCode, cohort.body).toBe(201);
    ids.cohort = cohort.json().id;
  });

  it('gives a cohort an end date and a lead mentor, and refuses an end before the start or an unknown lead', async () => {
    const add = (over: Record<string, unknown>) =>
      staff.request('POST', `/api/v1/startup-programmes/${ids.programme}/cohorts`, {
        name: 'Autumn 2027',
        startsOn: '2027-09-01',
        capacity: 10,
        ...over,
      });
    const early = await add({ endsOn: '2027-08-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([{ path: 'body.endsOn', message: 'a cohort cannot end before it starts' }]);
    const nobody = await add({ lead: '00000000-0000-4000-8000-000000000000' });
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json().errors[0].path).toBe('body.lead');
    const mentor = await staff.request('POST', '/api/v1/mentors', {
      partner: ids.partner,
      name: 'Morgan Fictional',
      email: 'morgan.fictional@mentor.example',
      skills: ['finance'],
      sectors: ['food'],
      languages: ['en'],
      hoursPerMonth: 4,
    });
    expect(mentor.statusCode, mentor.body).toBe(201);
    const ok = await add({ endsOn: '2027-12-15', lead: mentor.json().id });
    expect(ok.statusCode, ok.body).toBe(201);
    const view = await staff.request('GET', `/api/v1/startup-cohorts/${ok.json().id}`);
    expect(view.json()).toMatchObject({
      startsOn: '2027-09-01',
      endsOn: '2027-12-15',
      lead: { id: mentor.json().id, name: 'Morgan Fictional' },
    });
    const list = await staff.request('GET', `/api/v1/startup-cohorts?q=Spring`);
    expect(list.json().items[0]).toMatchObject({ name: 'Spring 2027', endsOn: null, lead: null });
  });

  it('fills a cohort to capacity, then answers 409; established enterprises are refused with 422', async () => {
    const join = (enterprise: string) =>
      staff.request('POST', `/api/v1/startup-cohorts/${ids.cohort}/members`, { enterprise });
    expect((await join(ids.food!)).statusCode).toBe(200);
    expect((await join(ids.food!)).statusCode).toBe(409);
    const old = await join(ids.old!);
    expect(old.statusCode).toBe(422);
    expect(old.json().errors[0].path).toBe('body.enterprise');
    const second = await join(ids.bakery!);
    expect(second.json().memberList.map((m: { name: string }) => m.name)).toEqual([
      'Ladywood Food Co-op',
      'Soho Bakery',
    ]);
    const third = await join(ids.third!);
    expect(third.statusCode).toBe(409);
    expect(third.json().detail).toContain('full (2 of 2');
    const page = await staff.request('GET', '/api/v1/startup-cohorts?q=spring');
    expect(page.json()).toMatchObject({ total: 1, items: [{ members: 2, capacity: 2 }] });
  });

  it('records attendance within the session capacity, members only', async () => {
    const session = await staff.request('POST', `/api/v1/startup-cohorts/${ids.cohort}/sessions`, {
      title: 'Cash flow basics',
      module: 'finance',
      startsAt: '2027-03-08T18:00:00Z',
      capacity: 1,
    });
    expect(session.statusCode, session.body).toBe(201);
    const url = `/api/v1/startup-sessions/${session.json().id}/attendance`;
    const over = await staff.request('PUT', url, { enterprises: [ids.food, ids.bakery] });
    expect(over.statusCode).toBe(409);
    const stranger = await staff.request('PUT', url, { enterprises: [ids.third] });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().errors[0].path).toBe('body.enterprises.0');
    const ok = await staff.request('PUT', url, { enterprises: [ids.food] });
    expect(ok.json().attended).toEqual([ids.food]);
    const cohort = await staff.request('GET', `/api/v1/startup-cohorts/${ids.cohort}`);
    expect(cohort.json().sessions[0]).toMatchObject({ title: 'Cash flow basics', attended: 1, capacity: 1 });
  });

  it("tracks a start-up's progress, weakest modules, milestones and support log", async () => {
    const base = `/api/v1/startups/${ids.food}`;
    await staff.request('PUT', `${base}/progress`, { module: 'business_planning', status: 'completed' });
    const res = await staff.request('PUT', `${base}/progress`, { module: 'finance', status: 'in_progress' });
    expect(res.json()).toMatchObject({
      completion: 20,
      weakest: ['marketing', 'product_service', 'board_recruitment'],
    });
    expect((await staff.request('PUT', `${base}/progress`, { module: 'nope', status: 'completed' })).statusCode).toBe(
      422,
    );
    const future = await staff.request('PUT', `${base}/milestones`, {
      milestone: 'first_sale',
      reachedOn: '2099-01-01',
    });
    expect(future.statusCode).toBe(422);
    const notADay = await staff.request('PUT', `${base}/milestones`, {
      milestone: 'registered',
      reachedOn: '2026-02-31',
    });
    expect(notADay.statusCode).toBe(400);
    await staff.request('PUT', `${base}/milestones`, { milestone: 'registered', reachedOn: '2026-11-01' });
    const logged = await staff.request('POST', `${base}/support`, {
      heldOn: '2026-11-20',
      minutes: 60,
      topic: 'Rules',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const view = await member.request('GET', base);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      milestones: [{ milestone: 'registered', reachedOn: '2026-11-01' }],
      support: [{ topic: 'Rules', minutes: 60 }],
      cohorts: [{ name: 'Spring 2027' }],
    });
    expect((await outsider.request('GET', base)).statusCode).toBe(404);
  });

  it('keeps the peer board to the cohort and staff, with one level of replies', async () => {
    const url = `/api/v1/startup-cohorts/${ids.cohort}/posts`;
    const first = await member.request('POST', url, { body: 'Who has found a commercial kitchen to rent?' });
    expect(first.statusCode, first.body).toBe(201);
    const reply = await staff.request('POST', url, { body: 'Try the community centre', parent: first.json().id });
    expect(reply.statusCode).toBe(201);
    await member.request('POST', url, { body: 'Thanks!', parent: reply.json().id });
    const board = await member.request('GET', url);
    expect(board.json()).toHaveLength(1);
    expect(board.json()[0].replies.map((r: { body: string }) => r.body)).toEqual([
      'Try the community centre',
      'Thanks!',
    ]);
    expect((await outsider.request('GET', url)).statusCode).toBe(404);
    expect((await outsider.request('POST', url, { body: 'hello' })).statusCode).toBe(404);
    expect((await member.request('POST', url, { body: '   ' })).statusCode).toBe(400);
  });
});
