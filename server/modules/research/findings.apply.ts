import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import { inTransaction } from '../../db/tx';
import { systemContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { enqueueJob } from '../../jobs/runner';
import { readCache } from '../../lib/read-cache';
import { createMicroAsset } from '../assets/micro-assets.service';
import { resolveOccupationText } from '../assets/occupations.service';
import { referFollowUps } from './findings.referrals';
import * as repo from './findings.repo';
import { findingsOf, microAssetKindOf, occupationConfidence, type Finding } from './findings.rules';
import type { FormSchema } from './xlsform.types';

/**
 * Applying a findings map: on ingest (a background job, so OpenRosa ingest is not slowed) and on demand.
 * Ingest only notes that a form has new responses; the job sweeps every response not yet applied, so a
 * lost notice is caught up by the next one or by "apply again".
 */

export const findingsJobKind = 'research.findings.apply';
/** Responses arriving within one window share one job. */
const windowMs = 2000;
const batchSize = 100;

const hasMapCache = (deps: Deps) =>
  readCache<{ has: boolean }>(deps.config, 'research.findings-maps', deps.config.READ_CACHE_SECONDS);
export const forgetFindingMaps = (deps: Deps, formId: string) => hasMapCache(deps).delete(formId);

const queuedWindow = new WeakMap<object, Map<string, number>>();

/** Queues one job per form per window; returns the job id when it queued one (tests await it). */
export async function queueFindings(deps: Deps, formId: string, all = false): Promise<number | null> {
  const window = Math.floor(Date.now() / windowMs);
  if (!all) {
    const { has } = await hasMapCache(deps).get(formId, async () => ({ has: await repo.formHasMap(deps.db, formId) }));
    if (!has) return null;
  }
  return enqueueJob(deps.db, {
    kind: findingsJobKind,
    payload: { formId, all },
    uniqueKey: all ? undefined : `${findingsJobKind}:${formId}:${window}`,
    runAt: all ? new Date() : new Date((window + 1) * windowMs),
  });
}

/** Called after a response is stored: cheap and never throws (at most one database check per form per window). */
export function findingsAfterIngest(deps: Deps, formId: string): void {
  let seen = queuedWindow.get(deps.db);
  if (!seen) queuedWindow.set(deps.db, (seen = new Map()));
  const window = Math.floor(Date.now() / windowMs);
  if (seen.get(formId) === window) return;
  seen.set(formId, window);
  queueFindings(deps, formId).catch((err: unknown) =>
    deps.log.warn({ err: String(err), formId }, 'could not queue the findings of new responses'),
  );
}

/**
 * At ingest, inside the response's transaction, when the respondent consented to follow-up: the referrals its
 * answers ask for go to the follow-up store under the contact's hash, with no response id (see ADR 0013).
 */
export async function followUpReferralsAtIngest(
  db: Db,
  r: {
    formId: string;
    formVersionId: string;
    schema: FormSchema;
    answers: Record<string, string>;
    contactHash: string;
    day: string;
  },
): Promise<void> {
  const rules = (await repo.findMap(db, r.formVersionId))?.rules.filter((x) => x.becomes === 'referral');
  if (!rules?.length) return;
  for (const ref of findingsOf(r.schema, rules, r.answers).referrals)
    await repo.insertFollowUpReferral(db, {
      formId: r.formId,
      contactHash: r.contactHash,
      target: ref.target,
      question: ref.path,
      day: r.day,
    });
}

async function occupationOf(deps: Deps, f: Finding): Promise<string | null> {
  if (f.becomes !== 'skill' || !f.resolveOccupation) return null;
  const { candidates } = await resolveOccupationText(deps, { text: f.value, lang: 'en', limit: 1 });
  const best = candidates[0];
  return best && best.confidence >= occupationConfidence ? best.code : null;
}

/** One response: its findings recorded once, micro-assets created through the assets service, then marked. */
async function applyOne(deps: Deps, p: repo.PendingResponse): Promise<number> {
  const { findings } = findingsOf(p.schema, p.rules, p.answers);
  const occupations = await Promise.all(findings.map((f) => occupationOf(deps, f)));
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    let created = 0;
    for (const [i, f] of findings.entries()) {
      const row = await repo.insertFinding(trx, { ...f, submissionId: p.id, formId: p.form_id, areaId: p.area_id });
      const kind = microAssetKindOf(f.becomes);
      if (!row || !kind) continue;
      const { id } = await createMicroAsset(d, systemContext, {
        ...kind,
        name: f.value,
        description: `From the questionnaire "${p.title}"`,
        occupationCode: occupations[i] ?? undefined,
        // no resident is known for a response: the area owns it (anonymous forms above all), else the partner
        owner: p.area_slug ? { type: 'area', area: p.area_slug } : { type: 'partner', partner: p.partner_id },
        partner: p.partner_id,
        provenance: 'questionnaire',
        sourceRef: `research-response:${p.id}`,
        visibility: 'partners',
      });
      await repo.setFindingAsset(trx, row.id, id, occupations[i] ?? null);
      created++;
    }
    await repo.markApplied(trx, p.id, p.revision, p.xml_sha256);
    return created;
  });
}

/** Applies the map to every pending response of a form; `all` re-applies those done under an older map. */
export async function applyFindings(deps: Deps, formId: string, all: boolean) {
  const outcome = { responses: 0, microAssets: 0, skipped: 0 };
  for (;;) {
    const pending = await repo.pendingResponses(deps.db, formId, all, batchSize);
    for (const p of pending) {
      try {
        outcome.microAssets += await applyOne(deps, p);
        outcome.responses++;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        // a response the asset graph refuses is logged and marked, so it cannot block the others
        deps.log.warn({ submission: p.id, err: err.message }, 'findings of a response were refused');
        await repo.markApplied(deps.db, p.id, p.revision, p.xml_sha256);
        outcome.skipped++;
      }
    }
    if (pending.length < batchSize) return outcome;
  }
}

export const applyFindingsJob = async (deps: Deps, payload: Record<string, unknown>): Promise<void> => {
  if (typeof payload.formId !== 'string') return;
  await applyFindings(deps, payload.formId, payload.all === true);
  await referFollowUps(deps, payload.formId);
};
