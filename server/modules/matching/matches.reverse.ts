import type { Db } from '../../db/tx';
import * as repo from './matches.repo';
import { bestMatch, rolePostOf, vacancyFeaturesOf, withRole } from './matches.search';
import type { RolePost } from './roles.rules';
import type { CandidateFeatures } from './scoring.features.rules';
import {
  occupationFit,
  registrationNeeded,
  vacancyCodesFor,
  type Fit,
  type OccupationIndex,
} from './scoring.occupations.rules';
import {
  distanceKm,
  locationValue,
  rightToWorkPasses,
  staticScore,
  upperBound,
  type MatchEvaluation,
  type ScoringContext,
  type VacancyFeatures,
} from './scoring.rules';
import type { VacancyFeatureRow } from './vacancies.repo';

/**
 * The reverse search (top vacancies for a candidate). The open vacancies' features (a few thousand rows) are kept in
 * memory per database handle, reloaded when any vacancy's features change (one count/max probe a search). For the
 * candidate, every open vacancy naming an occupation they could fit gets an upper bound (best fit + candidate-only
 * part + the travel points for its distance); vacancies are scored exactly in order of that bound, stopping once the bound falls
 * below the k-th best total: the exact top k, scoring only a few of the hundreds that could fit.
 */

export interface OpenVacancy {
  row: VacancyFeatureRow;
  v: VacancyFeatures;
  /** the registration it needs, worked out against this taxonomy index */
  registration?: { index: OccupationIndex; needed: string | null };
  /** the gated interim role it is for and its hours, worked out against this reference data */
  post?: { ref: ScoringContext['ref']; post: RolePost };
}
interface OpenVacancies {
  stamp: string;
  byCode: Map<string, OpenVacancy[]>;
}

export type Found = { vacancy: VacancyFeatureRow; match: MatchEvaluation };
/** totals closer than this are equal (sums of the same parts in another order) */
const EPS = 1e-9;

const loaded = new WeakMap<Db, OpenVacancies>();

async function openVacancies(db: Db): Promise<OpenVacancies> {
  const stamp = await repo.vacancyFeaturesStamp(db);
  const cached = loaded.get(db);
  if (cached?.stamp === stamp) return cached;
  const byCode = new Map<string, OpenVacancy[]>();
  for (const row of await repo.openVacancyRows(db)) {
    const entry = { row, v: vacancyFeaturesOf(row) };
    for (const code of new Set(row.occupation_codes)) byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  const fresh = { stamp, byCode };
  loaded.set(db, fresh);
  return fresh;
}

// Pure relations over the taxonomy, remembered per taxonomy index (a new taxonomy is a new index).
const memo = new WeakMap<OccupationIndex, { codes: Map<string, string[]>; fits: Map<string, Fit | null> }>();
function memoOf(ctx: ScoringContext) {
  let m = memo.get(ctx.occupations);
  if (!m) memo.set(ctx.occupations, (m = { codes: new Map(), fits: new Map() }));
  return m;
}

/** The best fit of a candidate occupation to any of the vacancy's occupations (as bestMatch works it out). */
function bestFit(ctx: ScoringContext, v: VacancyFeatures, registration: string | null, occupation: string) {
  const fits = memoOf(ctx).fits;
  const key = `${v.occupationCodes.join(',')}|${registration ?? ''}|${occupation}`;
  let fit = fits.get(key);
  if (fit === undefined) {
    fit = v.occupationCodes
      .map((code) => occupationFit(ctx.ref, ctx.occupations, code, registration, occupation))
      .reduce<Fit | null>((a, b) => (b && (!a || b.value > a.value) ? b : a), null);
    fits.set(key, fit);
  }
  return fit;
}

export async function topVacancies(
  db: Db,
  ctx: ScoringContext,
  features: CandidateFeatures[],
  k: number,
): Promise<Found[]> {
  return features.length === 0 ? [] : rankVacancies(ctx, features, (await openVacancies(db)).byCode, k);
}

/** Pure: the exact top k of these open vacancies (by occupation code) for a candidate, best first, ties by id. */
export function rankVacancies(
  ctx: ScoringContext,
  features: readonly CandidateFeatures[],
  byCode: ReadonlyMap<string, readonly OpenVacancy[]>,
  k: number,
): Found[] {
  const codes = memoOf(ctx).codes;
  const pool = new Map<string, { entry: OpenVacancy; bound: number }>();
  const { rightToWork, rightToWorkExpiresOn, location: home, rolesEligible } = features[0]!;
  const eligible = new Set(rolesEligible ?? []);
  const postOf = (entry: OpenVacancy) => {
    if (entry.post?.ref !== ctx.ref) entry.post = { ref: ctx.ref, post: rolePostOf(ctx, entry.v) };
    return entry.post.post;
  };
  // the right-to-work prefilter the top-candidates search applies in SQL: the gate still decides exactly
  const rtwOk = rightToWorkExpiresOn === null || rightToWorkExpiresOn >= ctx.today;
  const rtw = new Map<string, boolean>();
  const passes = (v: VacancyFeatures) => {
    if (!v.paid) return true;
    if (!rtwOk) return false;
    const key = v.occupationCodes.join(',');
    let ok = rtw.get(key);
    if (ok === undefined) rtw.set(key, (ok = rightToWorkPasses(ctx, v, rightToWork)));
    return ok;
  };
  for (const f of features) {
    let list = codes.get(f.occupation);
    if (!list) codes.set(f.occupation, (list = vacancyCodesFor(ctx.ref, ctx.occupations, f.occupation)));
    for (const code of list)
      for (const entry of byCode.get(code) ?? []) {
        if (pool.has(entry.v.id) || !passes(entry.v)) continue;
        // a vacancy for a gated interim role the candidate is not eligible for is out before ranking (fail closed)
        const role = postOf(entry).role;
        if (role && !eligible.has(role.id)) continue;
        if (entry.registration?.index !== ctx.occupations)
          entry.registration = { index: ctx.occupations, needed: registrationNeeded(ctx.occupations, entry.v) };
        const registration = entry.registration.needed;
        // travel is the part that differs most between vacancies: counted exactly, the bound is tight
        const km = entry.v.location && home ? distanceKm(entry.v.location, home) : null;
        const travel = ctx.config.weights.location * (1 - locationValue(ctx.config, km));
        let bound = -Infinity;
        for (const g of features) {
          const fit = bestFit(ctx, entry.v, registration, g.occupation);
          if (fit) bound = Math.max(bound, upperBound(ctx.config, fit, staticScore(g, registration)) - travel);
        }
        if (bound > -Infinity) pool.set(entry.v.id, { entry, bound });
      }
  }
  // in order of bound, ties by id: the order the result is given in, so equal totals need not all be scored
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ordered = [...pool.values()].sort((a, b) => b.bound - a.bound || byId(a.entry.v.id, b.entry.v.id));
  const before = (a: Found, b: Found) =>
    Math.abs(a.match.total - b.match.total) > EPS
      ? a.match.total > b.match.total
      : byId(a.vacancy.opportunity_id, b.vacancy.opportunity_id) < 0;
  const top: Found[] = [];
  for (const { entry, bound } of ordered) {
    const last = top.length >= k ? top[k - 1]! : null;
    if (last && bound < last.match.total - EPS) break;
    if (last && bound <= last.match.total + EPS && entry.v.id > last.vacancy.opportunity_id) continue;
    const best = bestMatch(ctx, entry.v, features);
    const match = best && withRole(ctx, postOf(entry), features[0]!, best);
    if (!match) continue;
    const item = { vacancy: entry.row, match };
    if (last && !before(item, last)) continue;
    const at = top.findIndex((x) => before(item, x));
    top.splice(at === -1 ? top.length : at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
