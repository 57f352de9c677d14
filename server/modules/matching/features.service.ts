import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../privacy/privacy.service';
import { refreshAllVacancies } from './vacancies.service';
import { inTransaction, type Db } from '../../db/tx';
import { listOccupations, taxonomyVersion } from '../assets/occupations.service';
import type { EnglishResult } from './english.rules';
import type { DbsStatus } from './gates.rules';
import type { StepProgress } from './pathway.rules';
import { referenceData } from './reference';
import type { RightToWorkStatus } from './reference.schemas';
import * as repo from './features.repo';
import { roleFeatures } from './roles.rules';
import { scoringConfig } from './scoring.config';
import { candidateFeatures, type CandidateFeatures, type MatchFacts } from './scoring.features.rules';
import type { OccupationIndex, OccupationInfo } from './scoring.occupations.rules';
import type { ScoringContext } from './scoring.rules';

/** Candidate match features: worked out from the facts by pure rules, stored, and kept fresh by a watermark. */

export const today = (): string => new Date().toISOString().slice(0, 10);

let occupationCache: { version: string | null; index: OccupationIndex } | null = null;

/** The occupations taxonomy as an index (reloaded when a new taxonomy version is imported). */
export async function occupationIndex(deps: Deps): Promise<OccupationIndex> {
  const version = await taxonomyVersion(deps);
  if (occupationCache && occupationCache.version === version) return occupationCache.index;
  const index = new Map<string, OccupationInfo>();
  for (let page = 1; ; page++) {
    const res = await listOccupations(deps, { page, pageSize: 100, sort: 'code', lang: 'en' });
    for (const o of res.items)
      index.set(o.code, {
        code: o.code,
        isco08: o.isco08,
        regulated: o.regulated,
        regulator: o.regulator,
        label: o.label,
      });
    if (page * 100 >= res.total) break;
  }
  occupationCache = { version, index };
  return index;
}

export async function scoringContext(deps: Deps): Promise<ScoringContext> {
  return { ref: referenceData(), occupations: await occupationIndex(deps), config: scoringConfig(), today: today() };
}

/** The features of each qualification of these candidates (none for a withdrawn candidate). */
function featuresOf(rows: repo.FactsRow[], now: string): CandidateFeatures[] {
  const ref = referenceData();
  const config = scoringConfig();
  const out: CandidateFeatures[] = [];
  for (const r of rows) {
    if (r.status === 'withdrawn' || !r.qualifications) continue;
    const results: EnglishResult[] = (r.tests ?? []).map((t) => ({
      id: t.id,
      test: t.test as 'ielts' | 'oet',
      variant: t.variant,
      date: t.taken_on ?? '',
      scores: {
        listening: Number(t.listening),
        reading: Number(t.reading),
        writing: Number(t.writing),
        speaking: Number(t.speaking),
      },
    }));
    const steps: StepProgress[] = (r.progress ?? []).map((p) => ({
      step: p.step,
      outcome: p.outcome as StepProgress['outcome'],
      date: p.on_date ?? '',
    }));
    const all: MatchFacts[] = r.qualifications.map((q) => ({
      candidateId: r.id,
      partnerId: r.partner_id,
      occupation: q.occupation_code,
      progress: steps,
      english: results,
      rightToWork: r.right_to_work as RightToWorkStatus,
      rightToWorkExpiresOn: r.right_to_work_expires_on,
      dbs: r.dbs as DbsStatus,
      yearsOfPractice: q.years_of_practice === null ? null : Number(q.years_of_practice),
      specialties: q.specialties.map((s) => s.toLowerCase()),
      previousRoles: r.previous_roles,
      location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
      selfRatedEnglish: r.english,
    }));
    // interim-role verdicts are the candidate's (through any qualification): the same on each of their rows
    const roles = roleFeatures(ref, all, now);
    const availability = { hoursPerWeek: r.available_hours, from: r.available_from };
    for (const facts of all) out.push({ ...candidateFeatures(ref, config, facts, now), ...roles, availability });
  }
  return out;
}

/** Works out and stores the features of these candidates. */
export async function refreshCandidates(db: Db, ids: string[]): Promise<number> {
  const features = featuresOf(await repo.candidatesByIds(db, ids), today());
  await repo.replaceFeatures(db, ids, features);
  return features.length;
}

/** The watermark row marks that the features were built (when); changes since are in candidate_match_dirty. */
const WATERMARK = 'candidates';
const BATCH = 5000;

/** Every candidate's features again (after a change of reference data or weights): the "full rematch". */
export async function rematchAll(db: Db): Promise<{ candidates: number; features: number }> {
  const now = today();
  let after: string | null = null;
  let candidates = 0;
  let features = 0;
  await repo.clearFeatures(db);
  for (;;) {
    const rows = await repo.candidatePage(db, after, BATCH);
    if (rows.length === 0) break;
    const list = featuresOf(rows, now);
    await repo.insertFeatures(db, list);
    candidates += rows.length;
    features += list.length;
    after = rows.at(-1)!.id;
  }
  await repo.setWatermark(db, WATERMARK, new Date());
  return { candidates, features };
}

/**
 * Brings the features up to date with the candidates whose facts changed (listed by triggers, migration 0023):
 * usually none, one probe. The first search on a database without features builds them all.
 */
export async function ensureFresh(deps: Deps): Promise<void> {
  const state = await repo.freshness(deps.db, WATERMARK);
  if (!state.built) {
    await inTransaction(deps.db, (trx) => rematchAll(trx));
    await repo.compactDirty(deps.db);
    return;
  }
  if (!state.dirty) return; // the usual case: one probe, no transaction
  for (;;) {
    const taken = await inTransaction(deps.db, async (trx) => {
      const ids = await repo.takeDirty(trx, BATCH);
      if (ids.length > 0) await refreshCandidates(trx, ids);
      return ids.length;
    });
    if (taken < BATCH) break;
  }
  await repo.compactDirty(deps.db);
}

/** The full rematch as a use-case: candidates and vacancies, timed and audited. */
export async function rematch(deps: Deps, ctx: RequestContext) {
  const started = performance.now();
  const result = await inTransaction(deps.db, (trx) => rematchAll(trx));
  await repo.compactDirty(deps.db);
  const vacancies = await refreshAllVacancies(deps);
  await recordAudit(deps.db, ctx, {
    action: 'matching.rematch',
    entity: 'matching',
    entityId: null,
    partnerId: null,
    detail: { ...result, vacancies },
  });
  return { ...result, vacancies, ms: Math.round(performance.now() - started) };
}
