import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArea } from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { findingsWorkbook } from './findings.fixtures';
import { completionRate, dayRange, dropOff, stopQuestion } from './monitoring.rules';
import { multipartBody, newInstanceId } from './research.fixtures';

describe('monitoring rules', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [8, 6, 0.75],
    [3, 1, 0.333],
    [2, 5, 1],
  ])('completion of %i with %i complete is %s', (total, complete, rate) =>
    expect(completionRate(total, complete)).toBe(rate),
  );
  it.each<[Record<string, string>, string | null]>([
    [{}, 'a'],
    [{ a: 'x' }, 'b'],
    [{ a: 'x', c: ' ' }, 'b'],
    [{ b: 'x' }, 'c'],
    [{ a: '1', b: '2', c: '3' }, null],
  ])('a response with %j stops at %s', (answers, stop) => expect(stopQuestion(['a', 'b', 'c'], answers)).toBe(stop));
  it('counts drop-off in form order', () =>
    expect(dropOff(['a', 'b'], [{ a: '1' }, {}, { a: '1' }, { a: '1', b: '2' }])).toEqual([
      { path: 'a', count: 1 },
      { path: 'b', count: 2 },
      { path: null, count: 1 },
    ]));
  it('reads a date range and refuses a bad one', () => {
    expect(dayRange('2026-12-01', '2026-12-01')).toEqual({
      from: new Date('2026-12-01T00:00:00Z'),
      toExclusive: new Date('2026-12-02T00:00:00Z'),
    });
    expect(dayRange('2026-12-02', '2026-12-01')).toHaveProperty('problem');
    expect(dayRange('yesterday')).toHaveProperty('problem');
    expect(dayRange('2026-02-31')).toHaveProperty('problem');
  });
});

describe('monitoring fieldwork on known data', () => {
  let h: Harness;
  let lead: Client;
  let a: Client;
  let b: Client;
  let formId: string;
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    a = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    const ladywood = await makeArea(h.deps.db, 'Ladywood', {
      minLng: -1.94,
      minLat: 52.47,
      maxLng: -1.9,
      maxLat: 52.49,
    });
    const soho = await makeArea(h.deps.db, 'Soho', { minLng: -1.96, minLat: 52.49, maxLng: -1.94, maxLat: 52.5 });
    const { payload, contentType } = multipartBody([
      { name: 'open', content: 'true' },
      { name: 'file', filename: 'm.xlsx', content: await findingsWorkbook('monitoring_form') },
    ]);
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    formId = (res.json() as { id: string }).id;
    const send = async (
      c: Client,
      channel: string,
      complete: boolean,
      answers: Record<string, string>,
      area: string,
    ) => {
      const r = await c.request('POST', `/api/v1/research/forms/${formId}/submissions`, {
        channel,
        complete,
        instanceId: newInstanceId(),
        answers,
        area,
        language: 'English (en)',
      });
      expect(r.statusCode, r.body).toBe(201);
    };
    for (let i = 0; i < 5; i++) await send(a, 'web', true, { skills: 'Cooking', idea: 'Market' }, ladywood.slug);
    await send(b, 'web', false, { skills: 'Sewing' }, ladywood.slug);
    await send(b, 'web', false, { skills: 'Sewing', groups: 'choir' }, ladywood.slug);
    await send(lead, 'paper', true, { skills: 'Painting' }, soho.slug);
  });
  afterAll(() => h.close());

  const get = (query: string) => lead.request('GET', `/api/v1/research/monitoring?form=${formId}${query}`);

  it('counts by channel, researcher, area, language and day, with the completion rate and drop-off', async () => {
    const res = await get('');
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json() as Record<string, unknown> & {
      byResearcher: { total: number; complete: number }[];
      byArea: { key: string; total: number | null; complete: number | null }[];
    };
    expect(m).toMatchObject({ total: 8, complete: 6, partial: 2, completionRate: 0.75, dropOffSample: 2 });
    expect(m.byChannel).toEqual([
      { key: 'paper', label: 'paper', total: 1, complete: 1 },
      { key: 'web', label: 'web', total: 7, complete: 5 },
    ]);
    expect(m.byResearcher.map((r) => [r.total, r.complete]).sort()).toEqual([
      [1, 1],
      [2, 0],
      [5, 5],
    ]);
    // cells that describe respondents are suppressed below 5; Ladywood's 7 goes too, or Soho's 1 = 8 - 7
    expect(m.byArea.map((r) => [r.key, r.total, r.complete])).toEqual([
      [expect.stringMatching(/^ladywood/), null, null],
      [expect.stringMatching(/^soho/), null, null],
    ]);
    expect(m.byLanguage).toEqual([{ key: 'English (en)', label: 'English (en)', total: 8, complete: 6 }]);
    expect(m.byDay).toEqual([{ key: today, label: null, total: 8, complete: 6 }]);
    expect(m.dropOff).toEqual([
      { path: 'groups', label: 'Which groups do you take part in?', count: 1 },
      { path: 'idea', label: 'An idea for the area?', count: 1 },
    ]);
  });

  it('filters by date and refuses bad filters and other roles', async () => {
    expect((await get(`&from=${tomorrow}`)).json()).toMatchObject({ total: 0, completionRate: null, byChannel: [] });
    expect((await get(`&from=${today}&to=${today}`)).json()).toMatchObject({ total: 8 });
    expect((await get(`&from=${tomorrow}&to=${today}`)).statusCode).toBe(400);
    expect((await get('&from=01/12/2026')).statusCode).toBe(400);
    expect((await lead.request('GET', '/api/v1/research/monitoring')).statusCode).toBe(400);
    expect((await lead.request('GET', '/api/v1/research/monitoring?form=nope')).statusCode).toBe(404);
    expect((await a.request('GET', `/api/v1/research/monitoring?form=${formId}`)).statusCode).toBe(403);
  });
});
