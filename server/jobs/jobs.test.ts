import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../test/harness';
import * as repo from './jobs.repo';
import { afterFailure, PermanentJobError, retryDelaySeconds } from './jobs.rules';
import { enqueueJob, runDueJobs, type JobHandlers } from './runner';

describe('jobs', () => {
  let h: Harness;
  const seen: string[] = [];
  let flaky = 0;
  const handlers: JobHandlers = {
    'test.record': async (_deps, payload) => {
      seen.push(String(payload.note));
    },
    'test.flaky': async () => {
      flaky++;
      throw new Error('the far end is busy\nsecond line is dropped');
    },
    'test.hopeless': async () => {
      throw new PermanentJobError('this will never work');
    },
  };
  const job = (id: number) => repo.findJob(h.deps.db, id);
  /** What a restart looks like to the queue: time passes, leases run out. */
  const leasesRunOut = () => sql`update jobs set locked_until = now() - interval '1 second'`.execute(h.deps.db);

  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('backs off 30 s, 2 min, 8 min … up to 6 hours, and stops after the last attempt', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 120, 480, 1920]);
    expect(retryDelaySeconds(50)).toBe(21_600);
    expect(afterFailure(2, 5)).toEqual({ retry: true, delay: 120 });
    expect(afterFailure(5, 5)).toEqual({ retry: false });
  });

  it('runs a job once, and a unique key queues the same work only once', async () => {
    const first = await enqueueJob(h.deps.db, { kind: 'test.record', payload: { note: 'a' }, uniqueKey: 'week-47' });
    const again = await enqueueJob(h.deps.db, { kind: 'test.record', payload: { note: 'b' }, uniqueKey: 'week-47' });
    expect(first).toEqual(expect.any(Number));
    expect(again).toBeNull();
    expect(await runDueJobs(h.deps, handlers)).toEqual({ done: 1, retry: 0, failed: 0 });
    expect(seen).toEqual(['a']);
    expect(await job(first!)).toMatchObject({ status: 'done', attempts: 1 });
    expect(await runDueJobs(h.deps, handlers)).toEqual({ done: 0, retry: 0, failed: 0 });
  });

  it('waits for a job whose time has not come', async () => {
    const later = await enqueueJob(h.deps.db, {
      kind: 'test.record',
      payload: { note: 'later' },
      runAt: new Date(Date.now() + 3_600_000),
    });
    await runDueJobs(h.deps, handlers);
    expect(seen).not.toContain('later');
    expect(await job(later!)).toMatchObject({ status: 'queued', attempts: 0 });
    await sql`update jobs set run_at = now() where id = ${later}`.execute(h.deps.db);
  });

  it('takes over the job of a process that died mid-run, once its lease runs out', async () => {
    const id = (await enqueueJob(h.deps.db, { kind: 'test.record', payload: { note: 'orphan' } }))!;
    await runDueJobs(h.deps, handlers); // runs the 'later' job left due by the previous test
    // another process claims it, then dies before finishing
    const claimed = await repo.claimJob(h.deps.db, 300);
    expect(claimed?.id).toBeUndefined(); // nothing else is due
    await enqueueJob(h.deps.db, { kind: 'test.record', payload: { note: 'dying' }, uniqueKey: 'dying' });
    const dying = (await repo.claimJob(h.deps.db, 300))!;
    expect(await runDueJobs(h.deps, handlers)).toEqual({ done: 0, retry: 0, failed: 0 }); // still leased
    await leasesRunOut();
    expect(await runDueJobs(h.deps, handlers)).toEqual({ done: 1, retry: 0, failed: 0 });
    expect(await job(dying.id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(seen.filter((s) => s === 'dying')).toHaveLength(1);
    expect(await job(id)).toMatchObject({ status: 'done' });
  });

  it('retries a failing job later with the first line of its error, then gives up after max attempts', async () => {
    const id = (await enqueueJob(h.deps.db, { kind: 'test.flaky', maxAttempts: 2 }))!;
    expect(await runDueJobs(h.deps, handlers)).toEqual({ done: 0, retry: 1, failed: 0 });
    const waiting = (await job(id))!;
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, last_error: 'the far end is busy' });
    expect(new Date(waiting.run_at).getTime()).toBeGreaterThan(Date.now() + 20_000);
    await sql`update jobs set run_at = now() where id = ${id}`.execute(h.deps.db);
    expect(await runDueJobs(h.deps, handlers)).toEqual({ done: 0, retry: 0, failed: 1 });
    expect(await job(id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(flaky).toBe(2);
  });

  it('fails at once a job marked hopeless, or of a kind nobody handles', async () => {
    const hopeless = (await enqueueJob(h.deps.db, { kind: 'test.hopeless' }))!;
    const unknown = (await enqueueJob(h.deps.db, { kind: 'test.nobody' }))!;
    expect(await runDueJobs(h.deps, handlers)).toEqual({ done: 0, retry: 0, failed: 2 });
    expect(await job(hopeless)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'this will never work' });
    expect(await job(unknown)).toMatchObject({ status: 'failed', last_error: 'no handler for job kind test.nobody' });
    expect(() => enqueueJob(h.deps.db, { kind: 'Bad Kind!' })).toThrow(/not a valid name/);
  });
});
