import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { linkUser, makeEnterprise } from './startups.fixtures';

describe('mentors: recruitment, explained suggestions, confirmation, session log', () => {
  let h: Harness;
  let staff: Client;
  let founder: Client;
  let outsider: Client;
  let company: { id: string; slug: string };
  const ids: Record<string, string> = {};

  const recruit = (name: string, over: Record<string, unknown> = {}) =>
    staff.request('POST', '/api/v1/mentors', {
      partner: company.slug,
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@mentor.example`,
      skills: ['finance'],
      sectors: ['food'],
      languages: ['en'],
      hoursPerMonth: 4,
      ...over,
    });

  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'Enterprise support');
    company = await makePartner(h.deps, 'Canal Bank plc');
    staff = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', p.slug)).email);
    ids.food = await makeEnterprise(h, 'Ladywood Food Co-op', 'idea');
    const f = await makeUser(h.deps, 'enterprise_member', p.slug);
    await linkUser(h, ids.food, f.id);
    founder = await signedInClient(h, f.email);
    outsider = await signedInClient(h, (await makeUser(h.deps, 'enterprise_member', p.slug)).email);
  });
  afterAll(() => h.close());

  it('recruits mentors with module skills and market sectors; bad ones get a 4xx naming the field', async () => {
    const badSkill = await recruit('Bad Skill', { skills: ['finance', 'juggling'] });
    expect(badSkill.statusCode).toBe(422);
    expect(badSkill.json().errors[0].path).toBe('body.skills.1');
    const noLanguage = await recruit('No Language', { languages: [] });
    expect(noLanguage.statusCode).toBe(400);
    const fields = [
      ['Amira Testmentor', { skills: ['finance', 'marketing', 'business_planning'], sectors: ['food'] }],
      ['Bob Testmentor', { skills: ['board_recruitment'], sectors: ['creative'], hoursPerMonth: 2 }],
      ['Cara Testmentor', { languages: ['pl'] }],
      ['Dan Testmentor', { maxMentees: 1 }],
    ] as const;
    for (const [name, over] of fields) {
      const res = await recruit(name, over);
      expect(res.statusCode, res.body).toBe(201);
      ids[name.split(' ')[0]!] = res.json().id;
    }
    const again = await recruit('Amira Testmentor');
    expect(again.statusCode).toBe(409);
    // the field is named, and no database detail ("Key (email)=...") leaks into the answer
    expect(again.json().errors).toEqual([{ path: 'body.email', message: 'is already registered for another mentor' }]);
    expect(again.body).not.toContain('Key (');
    const list = await staff.request('GET', '/api/v1/mentors?skill=finance&language=en&sort=name');
    expect(list.json().items.map((m: { name: string }) => m.name)).toEqual(['Amira Testmentor', 'Dan Testmentor']);
    expect((await founder.request('GET', '/api/v1/mentors')).statusCode).toBe(403);
  });

  it('suggests mentors best first with reasons, leaving out those without a common language', async () => {
    const res = await staff.request('GET', `/api/v1/startups/${ids.food}/mentor-suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.startup.weakestModules).toEqual(['business_planning', 'finance', 'marketing']);
    expect(body.suggestions.map((s: { mentor: { name: string } }) => s.mentor.name)).toEqual([
      'Amira Testmentor',
      'Dan Testmentor',
      'Bob Testmentor',
    ]);
    expect(body.suggestions[0]).toMatchObject({ score: 100, mentor: { partner: 'Canal Bank plc' } });
    expect(body.suggestions[0].reasons[1]).toEqual({
      code: 'skills',
      points: 40,
      modules: ['business_planning', 'finance', 'marketing'],
      of: 3,
    });
    expect(body.suggestions[2]).toMatchObject({ score: 18 });
    expect(body.leftOut).toEqual({ paused: 0, full: 0, no_common_language: 1 });
  });

  it('confirms a mentor once; a gate that closed refuses it', async () => {
    const url = `/api/v1/startups/${ids.food}/mentors`;
    const ok = await staff.request('POST', url, { mentor: ids.Dan });
    expect(ok.statusCode, ok.body).toBe(201);
    ids.relationship = ok.json().id;
    expect((await staff.request('POST', url, { mentor: ids.Dan })).statusCode).toBe(409);
    const cara = await staff.request('POST', url, { mentor: ids.Cara });
    expect(cara.statusCode).toBe(422);
    expect(cara.json().detail).toContain('no common language');
    const other = await makeEnterprise(h, 'Soho Bakery', 'start_up');
    const full = await staff.request('POST', `/api/v1/startups/${other}/mentors`, { mentor: ids.Dan });
    expect(full.statusCode).toBe(422);
    expect(full.json().detail).toContain('full');
    expect((await founder.request('POST', url, { mentor: ids.Amira })).statusCode).toBe(403);
    const after = await staff.request('GET', `/api/v1/startups/${ids.food}/mentor-suggestions`);
    expect(after.json().suggestions.map((s: { mentor: { name: string } }) => s.mentor.name)).not.toContain(
      'Dan Testmentor',
    );
  });

  it('logs sessions and feedback; the start-up sees its own relationship, others do not', async () => {
    const url = `/api/v1/mentoring/${ids.relationship}`;
    const future = await staff.request('POST', `${url}/sessions`, { heldOn: '2099-01-01', minutes: 60 });
    expect(future.statusCode).toBe(422);
    const logged = await staff.request('POST', `${url}/sessions`, {
      heldOn: '2026-11-25',
      minutes: 45,
      notes: 'Pricing for the veg box',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const feedback = await founder.request('POST', `${url}/sessions`, {
      heldOn: '2026-11-25',
      minutes: 45,
      rating: 5,
      feedback: 'Very useful',
    });
    expect(feedback.statusCode).toBe(201);
    expect(
      (await founder.request('POST', `${url}/sessions`, { heldOn: '2026-11-25', minutes: 5, rating: 9 })).statusCode,
    ).toBe(400);
    const view = await founder.request('GET', url);
    expect(view.json()).toMatchObject({ status: 'active', mentor: { name: 'Dan Testmentor' }, sessions: [{}, {}] });
    expect(view.json().reasons.map((r: { code: string }) => r.code)).toEqual(['market', 'skills', 'language', 'time']);
    expect((await outsider.request('GET', url)).statusCode).toBe(404);
    const ended = await staff.request('POST', `${url}/end`);
    expect(ended.json().status).toBe('ended');
    expect((await staff.request('POST', `${url}/sessions`, { heldOn: '2026-11-26', minutes: 30 })).statusCode).toBe(
      409,
    );
  });
});
