import type { Db } from '../../db/tx';
import { systemContext } from '../../http/context';
import { enqueueJob, type JobHandler } from '../../jobs/runner';
import { nextFridayRun } from './roundup.rules';
import { draftRoundup } from './roundup.service';

export const roundupDraftKind = 'roundup.draft';

/** Queues the next Friday's drafting; the run time is the unique key, so calling this again is a no-op. */
export function scheduleRoundupDraft(db: Db, after = new Date()) {
  const runAt = nextFridayRun(after);
  return enqueueJob(db, {
    kind: roundupDraftKind,
    payload: { at: runAt.toISOString() },
    uniqueKey: `${roundupDraftKind}:${runAt.toISOString().slice(0, 10)}`,
    runAt,
  });
}

/** The Friday job: drafts the week's round-up (once per week) and queues next Friday's. Survives restarts. */
export const draftWeeklyRoundup: JobHandler = async (deps, payload) => {
  const at =
    typeof payload.at === 'string' && !Number.isNaN(Date.parse(payload.at)) ? new Date(payload.at) : new Date();
  const { created, roundup } = await draftRoundup(deps, systemContext, at);
  deps.log.info({ week: roundup.weekStart, created }, 'weekly round-up drafted');
  await scheduleRoundupDraft(deps.db, at);
};
