import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../jobs/runner';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { impactRefreshKind, nextRefreshRun, refreshImpactCache, scheduleImpactRefresh } from './refresh.job';

describe('the nightly impact.refresh job', () => {
  it('runs at ten past midnight UTC, the first one after the given time', () => {
    expect(nextRefreshRun(new Date('2026-12-03T02:00:00Z')).toISOString()).toBe('2026-12-04T00:10:00.000Z');
    expect(nextRefreshRun(new Date('2026-12-03T00:05:00Z')).toISOString()).toBe('2026-12-03T00:10:00.000Z');
    expect(nextRefreshRun(new Date('2026-12-31T00:10:00Z')).toISOString()).toBe('2027-01-01T00:10:00.000Z');
  });

  describe('on a database', () => {
    let h: Harness;
    let admin: Client;
    let partnerId: string;
    const code = 'employed-by-joining-month';
    beforeAll(async () => {
      h = await harness();
      const p = await makePartner(h.deps, 'Refresh partner');
      partnerId = p.id;
      admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', p.slug)).email);
      const res = await admin.request('POST', '/api/v1/impact/indicators', {
        code,
        name: 'Employed, by the month they joined',
        unit: 'count',
        period: 'programme',
        method: 'computed',
        query: {
          source: 'matching.candidates',
          measure: { kind: 'count' },
          filters: [{ field: 'stage', op: 'eq', value: 'employed' }],
          dateField: 'created_at',
        },
      });
      expect(res.statusCode).toBe(201);
    });
    afterAll(() => h.close());

    const value = async () => (await admin.request('GET', `/api/v1/impact/indicators/${code}`)).json().figure.value;

    it('moves a stored series after an edit in a closed month, and queues the next night', async () => {
      const now = new Date();
      const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15, 12)).toISOString();
      for (let i = 0; i < 6; i++)
        await sql`insert into candidates (reference, partner_id, source, full_name, name_key, stage, created_at)
          values (${`MC-RF${i}XXXXX`}, ${partnerId}, 'intake', 'Test Person', 'test person', 'assessed',
            ${lastMonth}::timestamptz)`.execute(h.deps.db);
      expect(await value()).toBe(0); // builds the cache of closed months
      await sql`update candidates set stage = 'employed' where reference like 'MC-RF%'`.execute(h.deps.db);
      expect(await value()).toBe(0); // closed months come from the cache until the refresh

      expect(await scheduleImpactRefresh(h.deps.db, new Date(Date.now() - 3 * 86_400_000))).not.toBeNull();
      expect(await scheduleImpactRefresh(h.deps.db, new Date(Date.now() - 3 * 86_400_000))).toBeNull();
      const outcome = await runDueJobs(h.deps, { [impactRefreshKind]: refreshImpactCache });
      expect(outcome.done).toBe(1);
      const rebuilt = await sql<{ n: string }>`select count(*) as n from impact_cache_state`.execute(h.deps.db);
      expect(Number(rebuilt.rows[0]!.n)).toBeGreaterThan(0); // rebuilt by the job, not left for the next reader
      expect(await value()).toBe(6);

      const next = nextRefreshRun(new Date());
      const queued = await sql<{ run_at: Date; status: string }>`
        select run_at, status from jobs where unique_key = ${`impact.refresh:${next.toISOString().slice(0, 10)}`}`.execute(
        h.deps.db,
      );
      expect(queued.rows).toHaveLength(1);
      expect(queued.rows[0]!.status).toBe('queued');
      expect(new Date(queued.rows[0]!.run_at).toISOString()).toBe(next.toISOString());
    });
  });
});
