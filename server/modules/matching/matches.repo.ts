import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { edb } from './matches.tables';

/** The match search's reads (features in score order, per occupation) and the caseworkers' decisions. */

const featureColumns = sql.raw(`f.candidate_id, f.occupation_code, f.partner_id, f.profession, f.regulator,
  f.right_to_work, f.right_to_work_expires_on::text as right_to_work_expires_on, f.dbs, f.cefr, f.cefr_source,
  f.english_for_regulator, f.english_shortfall, f.stage, f.registered, f.current_step, f.steps_left,
  f.ready_in_months, f.ready_basis, f.static_open, f.static_reg, f.lat, f.lng, f.roles_eligible, f.role_gaps,
  f.available_hours, f.available_from::text as available_from`);

export interface FeatureRow {
  candidate_id: string;
  occupation_code: string;
  partner_id: string;
  profession: string | null;
  regulator: string | null;
  right_to_work: string;
  right_to_work_expires_on: string | null;
  dbs: string;
  cefr: number;
  cefr_source: string;
  english_for_regulator: string;
  english_shortfall: number | null;
  stage: number;
  registered: boolean;
  current_step: string | null;
  steps_left: string[];
  ready_in_months: number | null;
  ready_basis: string | null;
  static_open: number;
  static_reg: number;
  lat: number | null;
  lng: number | null;
  roles_eligible: string[];
  role_gaps: Record<string, string[]>;
  available_hours: number | null;
  available_from: string | null;
}

export interface TierQuery {
  code: string;
  offset: number;
  limit: number;
}

/**
 * For each occupation, the next `limit` candidates (after `offset`) in order of their candidate-only score, among
 * those whose right to work passes for this vacancy and, for a vacancy for a gated interim role, who are eligible for
 * it (filtered before the limit, so k eligible candidates give k results): one index range scan per occupation.
 */
export async function featuresInOrder(
  db: Db,
  tiers: TierQuery[],
  options: {
    registration: boolean;
    rightToWork: string[] | null;
    today: string;
    partnerId: string | null;
    role: string | null;
  },
): Promise<FeatureRow[]> {
  if (tiers.length === 0) return [];
  const order = sql.raw(options.registration ? 'static_reg' : 'static_open');
  const rtw = options.rightToWork
    ? sql`and f.right_to_work = any(${sql.val(options.rightToWork)}::text[])
          and (f.right_to_work_expires_on is null or f.right_to_work_expires_on >= ${options.today}::date)`
    : sql``;
  const partner = options.partnerId ? sql`and f.partner_id = ${options.partnerId}::uuid` : sql``;
  const role = options.role ? sql`and ${options.role}::text = any(f.roles_eligible)` : sql``;
  const codes = tiers.map((t) => t.code);
  const offsets = tiers.map((t) => t.offset);
  const limits = tiers.map((t) => t.limit);
  // One JSON document for all rows (parsed natively): on PGlite, reading hundreds of rows field by field through the
  // driver cost several times the search itself. Ordered as read: by occupation, then the index order.
  const res = await sql<{ doc: string | null }>`
    select json_agg(x order by x.occupation_code, x.${order} desc, x.candidate_id)::text as doc from (
      select ${featureColumns}
      from unnest(${sql.val(codes)}::text[], ${sql.val(offsets)}::int[], ${sql.val(limits)}::int[]) as t(code, off, lim)
      cross join lateral (
        select * from candidate_match_features f
        where f.occupation_code = t.code ${rtw} ${partner} ${role}
        order by f.${order} desc, f.candidate_id
        offset t.off limit t.lim
      ) f
    ) x`.execute(db);
  const doc = res.rows[0]?.doc;
  return doc ? (JSON.parse(doc) as FeatureRow[]) : [];
}

export async function featuresOfCandidate(db: Db, candidateId: string): Promise<FeatureRow[]> {
  const res = await sql<FeatureRow>`
    select ${featureColumns} from candidate_match_features f where f.candidate_id = ${candidateId}::uuid`.execute(db);
  return res.rows;
}

export async function decisionsFor(db: Db, opportunityId: string) {
  return edb(db).selectFrom('matches').selectAll().where('opportunity_id', '=', opportunityId).execute();
}

export async function upsertDecision(
  db: Db,
  row: {
    opportunity_id: string;
    candidate_id: string;
    occupation_code: string;
    status: string;
    score: number;
    readiness: string;
    ready_in_months: number | null;
    breakdown: string;
    reasons: string;
    gaps: string;
    reason: string;
    decided_by: string | null;
  },
) {
  return edb(db)
    .insertInto('matches')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['opportunity_id', 'candidate_id']).doUpdateSet((eb) => ({
        occupation_code: eb.ref('excluded.occupation_code'),
        status: eb.ref('excluded.status'),
        score: eb.ref('excluded.score'),
        readiness: eb.ref('excluded.readiness'),
        ready_in_months: eb.ref('excluded.ready_in_months'),
        breakdown: eb.ref('excluded.breakdown'),
        reasons: eb.ref('excluded.reasons'),
        gaps: eb.ref('excluded.gaps'),
        reason: eb.ref('excluded.reason'),
        decided_by: eb.ref('excluded.decided_by'),
        decided_at: new Date(),
        version: sql`matches.version + 1`,
      })),
    )
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** Confirmed matches of a vacancy with the candidate facts an employer may be shown (consents: withConsents). */
export async function confirmedFor(db: Db, opportunityId: string) {
  return edb(db)
    .selectFrom('matches as m')
    .innerJoin('candidates as c', 'c.id', 'm.candidate_id')
    .select([
      'm.id',
      'm.candidate_id',
      'm.occupation_code',
      'm.score',
      'm.readiness',
      'm.ready_in_months',
      'm.breakdown',
      'm.reasons',
      'm.gaps',
      'm.decided_at',
      'c.reference',
      'c.full_name',
      'c.email',
      'c.phone',
      'c.partner_id',
      'c.resident_id',
    ])
    .where('m.opportunity_id', '=', opportunityId)
    .where('m.status', '=', 'confirmed')
    .orderBy('m.score', 'desc')
    .execute();
}

/** Name, reference and resident of some candidates (for the caseworker's suggestion list; consents: withConsents). */
export async function candidateCards(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return edb(db)
    .selectFrom('candidates as c')
    .select(['c.id', 'c.reference', 'c.full_name', 'c.partner_id', 'c.status', 'c.resident_id'])
    .where('c.id', 'in', ids)
    .execute();
}

/** Changes whenever a vacancy's match features are written or removed: the version of the open-vacancy cache. */
export async function vacancyFeaturesStamp(db: Db): Promise<string> {
  const res = await sql<{ n: number; at: string | null }>`
    select count(*)::int as n, max(refreshed_at)::text as at from vacancy_match_features`.execute(db);
  return `${res.rows[0]?.n ?? 0}|${res.rows[0]?.at ?? ''}`;
}

/** Every open vacancy's match features (about 2,000 rows: the reverse search keeps them in memory). */
export async function openVacancyRows(db: Db) {
  return edb(db)
    .selectFrom('vacancy_match_features as v')
    .selectAll('v')
    .select(sql<string | null>`v.closes_on::text`.as('closes_on_text'))
    .where('v.status', '=', 'open')
    .orderBy('v.opportunity_id')
    .execute();
}
