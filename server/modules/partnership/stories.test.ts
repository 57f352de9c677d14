import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  type Client,
  type Harness,
} from '../../test/harness';

describe('communications: calendar, public iCalendar feed, stories with consent levels, champions', () => {
  let h: Harness;
  let comms: Client;
  let member: Client;
  let outsider: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'City university');
    ids.slug = p.slug;
    comms = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', p.slug)).email);
    member = await signedInClient(h, (await makeUser(h.deps, 'partner_member', p.slug)).email);
    outsider = await anonymousClient(h);
    const stories = [
      {
        kind: 'case_study',
        title: 'Named nurse',
        body: 'Registered with the NMC.',
        personName: 'Amina Example',
        consentLevel: 'public_named',
      },
      {
        kind: 'quote',
        title: 'Anonymous quote',
        body: 'It changed my life.',
        personName: 'Secret Person',
        consentLevel: 'public_anonymous',
      },
      {
        kind: 'case_study',
        title: 'Internal only',
        body: 'Not for publication.',
        personName: 'Internal Person',
        consentLevel: 'internal',
      },
    ];
    for (const s of stories) expect((await member.request('POST', '/api/v1/stories', s)).statusCode).toBe(201);
  });
  afterAll(() => h.close());

  it('enforces consent levels on screens and exports', async () => {
    const inside = (await member.request('GET', '/api/v1/stories?sort=title')).json();
    expect(inside.items.map((s: { title: string; personName: string | null }) => [s.title, s.personName])).toEqual([
      ['Anonymous quote', null],
      ['Internal only', 'Internal Person'],
      ['Named nurse', 'Amina Example'],
    ]);
    const published = (await outsider.request('GET', '/api/v1/public/stories?sort=title')).json();
    expect(published.total).toBe(2);
    expect(JSON.stringify(published)).not.toMatch(/Internal|Secret Person/);
    const csv = (await member.request('GET', '/api/v1/stories/export.csv?audience=public')).body;
    expect(csv).toContain('Amina Example');
    expect(csv).not.toMatch(/Internal|Secret Person/);
    const inner = (await member.request('GET', '/api/v1/stories/export.csv')).body;
    expect(inner).toContain('Internal Person');
    expect(inner).not.toContain('Secret Person');
    const noName = await member.request('POST', '/api/v1/stories', {
      kind: 'quote',
      title: 'x',
      body: 'y',
      consentLevel: 'public_named',
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors[0].path).toBe('body.personName');
  });

  it('shares events; only public ones reach the iCalendar feed; ending before starting is refused', async () => {
    const add = (title: string, isPublic: boolean) =>
      comms.request('POST', '/api/v1/calendar', {
        title,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
        public: isPublic,
      });
    expect((await add('Open day at the reservoir', true)).statusCode).toBe(201);
    expect((await add('Partners planning day', false)).statusCode).toBe(201);
    const backwards = await comms.request('POST', '/api/v1/calendar', {
      title: 'Backwards',
      startsAt: '2026-12-10T12:00:00Z',
      endsAt: '2026-12-10T10:00:00Z',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('body.endsAt');
    expect((await member.request('GET', '/api/v1/calendar')).json().total).toBe(2);
    const feed = await outsider.request('GET', '/api/v1/public/calendar.ics');
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    expect(feed.body).toContain('SUMMARY:Open day at the reservoir');
    expect(feed.body).not.toContain('Partners planning day');
  });

  it('names champions (coordinators only)', async () => {
    const res = await comms.request('POST', '/api/v1/champions', { name: 'Jan Example', partner: ids.slug });
    expect(res.statusCode).toBe(201);
    expect((await member.request('POST', '/api/v1/champions', { name: 'X', partner: ids.slug })).statusCode).toBe(403);
    expect((await member.request('GET', '/api/v1/champions')).json().items[0].name).toBe('Jan Example');
  });
});
