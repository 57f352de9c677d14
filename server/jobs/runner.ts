import type { Deps } from '../deps';
import * as repo from './jobs.repo';
import { afterFailure, errorSummary, jobKindPattern, PermanentJobError } from './jobs.rules';

/** What a job of one kind does. Throw to retry later; throw PermanentJobError to give up at once. */
export type JobHandler = (deps: Deps, payload: Record<string, unknown>) => Promise<void>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

const leaseSeconds = 300;

/** Queues work for the runner; with a unique key already used, queues nothing and returns null. */
export function enqueueJob(db: Deps['db'], job: repo.NewJob): Promise<number | null> {
  if (!jobKindPattern.test(job.kind)) throw new Error(`job kind ${job.kind} is not a valid name`);
  return repo.insertJob(db, job);
}

/** Runs one claimed job to its end: done, retried later, or failed for good. Never throws. */
async function runJob(deps: Deps, handlers: JobHandlers, job: repo.JobRow): Promise<'done' | 'retry' | 'failed'> {
  const handler = Object.hasOwn(handlers, job.kind) ? handlers[job.kind] : undefined;
  try {
    if (!handler) throw new PermanentJobError(`no handler for job kind ${job.kind}`);
    await handler(deps, job.payload);
    await repo.finishJob(deps.db, job.id);
    return 'done';
  } catch (err) {
    const next =
      err instanceof PermanentJobError ? { retry: false as const } : afterFailure(job.attempts, job.max_attempts);
    const message = errorSummary(err);
    deps.log.warn({ job: job.id, kind: job.kind, attempt: job.attempts, err: message }, 'job failed');
    await repo.failJob(deps.db, job.id, message, next.retry ? next.delay : null);
    return next.retry ? 'retry' : 'failed';
  }
}

/** Runs every job that is due now, one after another; returns how each ended. */
export async function runDueJobs(deps: Deps, handlers: JobHandlers, limit = 1000) {
  const outcome = { done: 0, retry: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    const job = await repo.claimJob(deps.db, leaseSeconds);
    if (!job) break;
    outcome[await runJob(deps, handlers, job)]++;
  }
  return outcome;
}

/** Polls for due jobs every JOBS_POLL_SECONDS until stopped; a failing poll is logged, never fatal. */
export function startJobRunner(deps: Deps, handlers: JobHandlers): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(deps, handlers)
      .catch((err: unknown) => deps.log.error({ err: errorSummary(err) }, 'job runner poll failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, deps.config.JOBS_POLL_SECONDS * 1000);
      });
  };
  let timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
