import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createArea } from '../places/places.service';

/** Inserts candidates straight into the table (the matching module's own tests cover how they get there). */
async function candidates(h: Harness, partnerId: string, areaId: string, stage: string, n: number, at: string) {
  for (let i = 0; i < n; i++)
    await sql`insert into candidates (reference, partner_id, source, full_name, name_key, area_id, stage, stage_changed_at)
      values (${`MC-${Math.random().toString(36).slice(2, 10).toUpperCase().padEnd(8, 'X')}`}, ${partnerId}, 'intake',
        'Test Person', 'test person', ${areaId}, ${stage}, ${at}::timestamptz)`.execute(h.deps.db);
}

const placed = {
  code: 'people-connected-with-hospital-jobs',
  name: 'People connected with hospital jobs',
  unit: 'count',
  period: 'quarter',
  method: 'computed',
  headline: true,
  query: {
    source: 'matching.candidates',
    measure: { kind: 'count' },
    filters: [{ field: 'stage', op: 'eq', value: 'employed' }],
  },
  targets: [
    { start: '2026-01-01', end: '2026-03-31', target: 8 },
    { start: '2026-04-01', end: '2026-06-30', target: 8 },
  ],
};

describe('impact indicators: computed and manual results, drill-down, bad input', () => {
  let h: Harness;
  let admin: Client;
  let lead: Client;
  let viewer: Client;
  let otherLead: Client;
  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'Hospital trust');
    const q = await makePartner(h.deps, 'Other partner');
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', p.slug)).email);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', p.slug)).email);
    otherLead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', q.slug)).email);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', p.slug)).email);
    const area = await createArea(h.deps, systemContext, {
      slug: `soho-${process.pid}`,
      name: 'Soho',
      kind: 'ward',
      code: null,
      description: '',
      boundary: null,
    });
    await candidates(h, p.id, area.id, 'employed', 6, '2026-02-10T10:00:00Z');
    await candidates(h, p.id, area.id, 'employed', 3, '2026-05-10T10:00:00Z');
    await candidates(h, p.id, area.id, 'assessed', 4, '2026-02-10T10:00:00Z');
    expect((await admin.request('POST', '/api/v1/impact/indicators', placed)).statusCode).toBe(201);
  });
  afterAll(() => h.close());

  it('computes the figure per period with target, cumulative trend and status', async () => {
    const res = await lead.request('GET', `/api/v1/impact/indicators/${placed.code}?asOf=2026-06-30`);
    expect(res.statusCode).toBe(200);
    const f = res.json().figure;
    expect(
      f.series.map((p: { value: number; cumulative: number; target: number }) => [p.value, p.cumulative, p.target]),
    ).toEqual([
      [6, 6, 8],
      [3, 9, 8],
    ]);
    expect(f).toMatchObject({ value: 9, target: 16, status: 'behind' });
    expect(res.json().suppressed).toBe(false);
  });

  it('shows a viewer only aggregates: small counts hidden, no drill-down', async () => {
    const res = await viewer.request('GET', `/api/v1/impact/indicators?asOf=2026-06-30`);
    const f = res.json().items.find((i: { code: string }) => i.code === placed.code).figure;
    expect(f.series.map((p: { value: number | null }) => p.value)).toEqual([6, null]);
    expect((await viewer.request('GET', `/api/v1/impact/indicators/${placed.code}/records`)).statusCode).toBe(403);
  });

  it('lists the records behind a figure, scoped by partner, and audits the read', async () => {
    const res = await admin.request(
      'GET',
      `/api/v1/impact/indicators/${placed.code}/records?from=2026-01-01&to=2026-03-31`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 6, recordType: 'candidate' });
    expect(res.json().items[0]).toMatchObject({ area: 'Soho', fields: { stage: 'employed' } });
    expect((await otherLead.request('GET', `/api/v1/impact/indicators/${placed.code}/records`)).json().total).toBe(0);
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_events where action = 'impact.records.read'`.execute(h.deps.db);
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('takes manual results only with evidence, and serves the evidence file to drill-down roles', async () => {
    const manual = {
      code: 'money-into-the-locality',
      name: 'Money into the locality',
      unit: 'gbp',
      period: 'programme',
      method: 'manual',
    };
    expect((await admin.request('POST', '/api/v1/impact/indicators', manual)).statusCode).toBe(201);
    const url = `/api/v1/impact/indicators/${manual.code}/results`;
    const base = { periodStart: '2026-01-01', periodEnd: '2026-03-31', value: 12000 };
    const none = await admin.request('POST', url, base);
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].path).toBe('body.evidence');
    const backwards = await admin.request('POST', url, {
      ...base,
      periodEnd: '2025-12-31',
      evidence: { url: 'https://example.org/x' },
    });
    expect(backwards.json().errors[0].path).toBe('body.periodEnd');
    const file = {
      fileName: 'award-letter.txt',
      contentType: 'text/plain',
      contentBase64: Buffer.from('Award £12,000').toString('base64'),
    };
    const ok = await admin.request('POST', url, { ...base, evidence: file });
    expect(ok.statusCode).toBe(201);
    const view = (await viewer.request('GET', `/api/v1/impact/indicators/${manual.code}`)).json();
    expect(view.figure.value).toBe(12000);
    const records = (await lead.request('GET', `/api/v1/impact/indicators/${manual.code}/records`)).json();
    expect(records.items[0].evidence.name).toBe('award-letter.txt');
    const ev = await lead.request('GET', `/api/v1/impact/results/${ok.json().id}/evidence`);
    expect(ev.body).toBe('Award £12,000');
    expect((await viewer.request('GET', `/api/v1/impact/results/${ok.json().id}/evidence`)).statusCode).toBe(403);
  });

  it('refuses unknown fields, unsafe published definitions and periods ending before they start', async () => {
    const unknown = await admin.request('POST', '/api/v1/impact/indicators', {
      ...placed,
      code: 'x-unknown',
      query: { ...placed.query, filters: [{ field: 'nationality', op: 'eq', value: 'x' }] },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toContain('unknown field "nationality"');
    const exposing = await admin.request('POST', '/api/v1/impact/indicators', {
      ...placed,
      code: 'x-exposing',
      query: { ...placed.query, filters: [{ field: 'reference', op: 'eq', value: 'MC-AAAA1111' }] },
    });
    expect(exposing.statusCode).toBe(422);
    expect(exposing.json().errors[0]).toMatchObject({ path: 'body.query.filters.0.field' });
    const backwards = await admin.request('POST', '/api/v1/impact/indicators', {
      ...placed,
      code: 'x-backwards',
      targets: [{ start: '2026-03-01', end: '2026-02-01', target: 1 }],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('body.targets.0.end');
    expect((await admin.request('POST', '/api/v1/impact/indicators', placed)).statusCode).toBe(409);
    expect(
      (await viewer.request('POST', '/api/v1/impact/indicators', { ...placed, code: 'x-viewer' })).statusCode,
    ).toBe(403);
  });

  it('gives figures per area', async () => {
    const res = await admin.request('GET', `/api/v1/impact/indicators/${placed.code}/areas`);
    expect(res.json().items.find((a: { name: string }) => a.name === 'Soho').value).toBe(9);
  });

  it('gives the qualitative side to every reader: themes and published stories', async () => {
    const res = await viewer.request('GET', '/api/v1/impact/voices');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ themes: expect.any(Array), stories: expect.any(Array) });
  });

  it('publishes open data with no figure of 1 to 4 and a data dictionary', async () => {
    const csv = await viewer.request('GET', '/api/v1/public/impact/open-data.csv?asOf=2026-06-30');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\n').slice(1);
    const ours = lines.filter((l) => l.startsWith(placed.code));
    expect(ours.length).toBeGreaterThan(0);
    for (const l of lines) {
      const value = l.split(',').at(-2)!;
      if (value !== '') expect(Number(value) === 0 || Number(value) >= 5, l).toBe(true);
    }
    expect(ours.some((l) => l.endsWith(',withheld'))).toBe(true); // the quarter with 3 placed
    const json = (await viewer.request('GET', '/api/v1/public/impact/open-data.json?asOf=2026-06-30')).json();
    // one area with 6 and 3: withholding the 3 means withholding enough else that it cannot be recovered
    const soho = json.indicators.find((i: { code: string }) => i.code === placed.code);
    expect([null, 9]).toContain(soho.total);
    expect(
      soho.rows.flatMap((r: { values: (number | null)[] }) => r.values).filter((v: number | null) => v === null).length,
    ).toBeGreaterThanOrEqual(2);
    const dictionary = await viewer.request('GET', '/api/v1/public/impact/data-dictionary');
    expect(dictionary.body).toContain('People connected with hospital jobs');
  });
});
