import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createArea } from '../places/places.service';

const code = 'people-in-work-edit';
const base = {
  name: 'People in work',
  unit: 'count',
  period: 'year',
  method: 'computed',
  query: {
    source: 'matching.candidates',
    measure: { kind: 'count' },
    filters: [{ field: 'stage', op: 'eq', value: 'employed' }],
  },
  targets: [{ start: '2026-01-01', end: '2026-12-31', target: 10 }],
};

describe('editing an indicator’s definition and targets (PUT)', () => {
  let h: Harness;
  let admin: Client;
  let viewer: Client;
  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'Edit partner');
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', p.slug)).email);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', p.slug)).email);
    const area = await createArea(h.deps, systemContext, {
      slug: `edit-${process.pid}`,
      name: 'Edit ward',
      kind: 'ward',
      code: null,
      description: '',
      boundary: null,
    });
    for (const [stage, n] of [
      ['employed', 6],
      ['assessed', 7],
    ] as const)
      for (let i = 0; i < n; i++)
        await sql`insert into candidates (reference, partner_id, source, full_name, name_key, area_id, stage, stage_changed_at)
          values (${`MC-E${stage[0]!.toUpperCase()}${i}XXXXX`.slice(0, 11)}, ${p.id}, 'intake', 'Test Person', 'test person', ${area.id},
            ${stage}, '2026-02-10T10:00:00Z'::timestamptz)`.execute(h.deps.db);
    expect((await admin.request('POST', '/api/v1/impact/indicators', { ...base, code })).statusCode).toBe(201);
  });
  afterAll(() => h.close());

  const read = async () => (await admin.request('GET', `/api/v1/impact/indicators/${code}?asOf=2026-12-31`)).json();
  const put = (c: Client, body: Record<string, unknown>) => c.request('PUT', `/api/v1/impact/indicators/${code}`, body);

  it('changes the definition and targets; the figure follows and a stale version gets 409', async () => {
    const before = await read();
    expect(before.figure.value).toBe(6);
    expect(before.figure.target).toBe(10);
    const res = await put(admin, {
      ...base,
      name: 'People assessed',
      query: { ...base.query, filters: [{ field: 'stage', op: 'eq', value: 'assessed' }] },
      targets: [{ start: '2026-01-01', end: '2026-12-31', target: 14 }],
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(before.version + 1);
    const after = await read();
    expect(after.name).toBe('People assessed');
    expect(after.figure.value).toBe(7);
    expect(after.figure.target).toBe(14);
    expect((await put(admin, { ...base, version: before.version })).statusCode).toBe(409);
  });

  it('rejects unknown fields and record-level fields in a published indicator, exactly like a new one', async () => {
    const { version } = await read();
    const unknown = await put(admin, {
      ...base,
      query: { ...base.query, filters: [{ field: 'nationality', op: 'eq', value: 'x' }] },
      version,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0]).toMatchObject({ path: 'body.query.filters.0.field' });
    expect(unknown.json().detail).toContain('unknown field "nationality"');
    const exposing = { ...base, query: { ...base.query, filters: [{ field: 'reference', op: 'eq', value: 'MC-1' }] } };
    const refused = await put(admin, { ...exposing, version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('identifies individual records');
    const extra = await put(admin, { ...base, version, colour: 'red' });
    expect(extra.statusCode).toBe(400);
    const backwards = await put(admin, {
      ...base,
      version,
      targets: [{ start: '2026-03-01', end: '2026-02-01', target: 1 }],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('body.targets.0.end');
    expect((await read()).version).toBe(version);
    // not published (no aggregate-only role sees it): the record-level field is allowed
    expect((await put(admin, { ...exposing, published: false, version })).statusCode).toBe(200);
  });

  it('reads the definition and targets back in the shape the PUT takes', async () => {
    const res = await admin.request('GET', `/api/v1/impact/indicators/${code}/definition`);
    expect(res.statusCode).toBe(200);
    const { version, ...body } = res.json();
    expect(body.code).toBe(code);
    expect(body.targets).toEqual([{ start: '2026-01-01', end: '2026-12-31', target: 10 }]);
    expect(body.published).toBe(false);
    const { code: _code, ...put1 } = body;
    expect((await put(admin, { ...put1, version })).statusCode).toBe(200);
    expect((await viewer.request('GET', `/api/v1/impact/indicators/${code}/definition`)).statusCode).toBe(403);
  });

  it('is for coordinators only, and 404 for an unknown indicator', async () => {
    expect((await put(viewer, { ...base, version: 1 })).statusCode).toBe(403);
    const missing = await admin.request('PUT', '/api/v1/impact/indicators/no-such-indicator', { ...base, version: 1 });
    expect(missing.statusCode).toBe(404);
  });
});
