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

function featuresOf(rows: repo.FactsRow[], children: repo.ManyChildren, now: string): CandidateFeatures[] {
  const ref = referenceData();
  const group = <T extends { candidate_id: string }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(x.candidate_id, [...(m.get(x.candidate_id) ?? []), x]);
    return m;
  };
  const quals = group(children.qualifications);
  const tests = group(children.tests);
  const progress = group(children.progress);
  const english = new Map(children.english.map((e) => [e.candidate_id, e.level]));
  const out: CandidateFeatures[] = [];
  for (const r of rows) {
    if (r.status === 'withdrawn') continue;
    const results: EnglishResult[] = (tests.get(r.id) ?? []).map((t) => ({
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
    const steps: StepProgress[] = (progress.get(r.id) ?? []).map((p) => ({
      step: p.step,
      outcome: p.outcome as StepProgress['outcome'],
      date: p.on_date ?? '',
    }));
    for (const q of quals.get(r.id) ?? []) {
      const facts: MatchFacts = {
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
        selfRatedEnglish: english.get(r.id) ?? null,
      };
      out.push(candidateFeatures(ref, scoringConfig(), facts, now));
    }
  }
  return out;
}

/** Works out and stores the features of these candidates. */
export async function refreshCandidates(db: Db, ids: string[]): Promise<number> {
  const rows = await repo.candidatesByIds(db, ids);
  const features = featuresOf(rows, await repo.childrenOfMany(db, ids), today());
  await repo.replaceFeatures(db, ids, features);
  return features.length;
}

const WATERMARK = 'candidates';

/** Every candidate's features again (after a change of reference data or weights): the "full rematch". */
export async function rematchAll(db: Db): Promise<{ candidates: number; features: number }> {
  const started = new Date();
  const now = today();
  let after: string | null = null;
  let candidates = 0;
  let features = 0;
  await repo.clearFeatures(db);
  for (;;) {
    const rows = await repo.candidatePage(db, after, 5000);
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    const list = featuresOf(rows, await repo.childrenOfMany(db, ids), now);
    await repo.insertFeatures(db, list);
    candidates += rows.length;
    features += list.length;
    after = rows.at(-1)!.id;
  }
  await repo.setWatermark(db, WATERMARK, new Date(started.getTime() - 5000));
  return { candidates, features };
}

/** Brings the features up to date with candidates changed since the last look (usually none: one index probe). */
export async function ensureFresh(deps: Deps): Promise<void> {
  const seen = await repo.watermark(deps.db, WATERMARK);
  if (!seen) {
    await inTransaction(deps.db, (trx) => rematchAll(trx));
    return;
  }
  const changed = await repo.changedSince(deps.db, seen);
  if (changed.length === 0) return;
  await inTransaction(deps.db, async (trx) => {
    await refreshCandidates(
      trx,
      changed.map((c) => c.id),
    );
    const newest = changed.at(-1)!.updated_at.getTime();
    const until = Math.max(seen.getTime(), Math.min(newest, Date.now() - 5000));
    await repo.setWatermark(trx, WATERMARK, new Date(until));
  });
}

/** The full rematch as a use-case: candidates and vacancies, timed and audited. */
export async function rematch(deps: Deps, ctx: RequestContext) {
  const started = performance.now();
  const result = await inTransaction(deps.db, (trx) => rematchAll(trx));
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
