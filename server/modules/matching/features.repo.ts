import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/tx';
import type { CandidateFeatures } from './scoring.features.rules';
import { edb } from './matches.tables';

/** Reads candidates' facts in bulk and writes their match features (derived rows, rebuilt at will). */

/** A candidate's facts with their qualifications, English tests, pathway progress and self-rated English. */
export interface FactsRow {
  id: string;
  partner_id: string;
  status: string;
  right_to_work: string;
  right_to_work_expires_on: string | null;
  dbs: string;
  previous_roles: string[] | null;
  lat: number | null;
  lng: number | null;
  english: string | null;
  available_hours: number | null;
  available_from: string | null;
  qualifications: { occupation_code: string; years_of_practice: number | null; specialties: string[] }[] | null;
  tests:
    | {
        id: string;
        test: string;
        variant: string;
        taken_on: string | null;
        listening: number;
        reading: number;
        writing: number;
        speaking: number;
      }[]
    | null;
  progress: { step: string; outcome: string; on_date: string | null }[] | null;
}

/**
 * One statement for a whole batch, returned as one JSON document (parsed natively, not field by field): each
 * candidate with their child rows nested, each child list read through its candidate index.
 */
async function facts(db: Db, where: RawBuilder<unknown>, limit: number): Promise<FactsRow[]> {
  const res = await sql<{ rows: FactsRow[] | null }>`
    select json_agg(x order by x.id) as rows from (
      select c.id, c.partner_id, c.status, c.right_to_work, c.right_to_work_expires_on::text as right_to_work_expires_on,
        c.dbs, c.previous_roles, a.centre_lat as lat, a.centre_lng as lng,
        c.available_hours_per_week::float8 as available_hours, c.available_from::text as available_from,
        (select l.level from candidate_languages l where l.candidate_id = c.id and l.language = 'en' limit 1)
          as english,
        (select json_agg(json_build_object('occupation_code', q.occupation_code,
            'years_of_practice', q.years_of_practice, 'specialties', q.specialties) order by q.position)
          from candidate_qualifications q where q.candidate_id = c.id) as qualifications,
        (select json_agg(json_build_object('id', t.id, 'test', t.test, 'variant', t.variant,
            'taken_on', t.taken_on::text, 'listening', t.listening, 'reading', t.reading, 'writing', t.writing,
            'speaking', t.speaking) order by t.taken_on)
          from candidate_english_tests t where t.candidate_id = c.id) as tests,
        (select json_agg(json_build_object('step', p.step, 'outcome', p.outcome, 'on_date', p.on_date::text)
            order by p.on_date)
          from candidate_progress p where p.candidate_id = c.id) as progress
      from candidates c left join areas a on a.id = c.area_id
      where ${where}
      order by c.id limit ${limit}
    ) x`.execute(db);
  const rows = res.rows[0]?.rows ?? [];
  return typeof rows === 'string' ? (JSON.parse(rows) as FactsRow[]) : rows;
}

export function candidatePage(db: Db, afterId: string | null, limit: number) {
  return facts(db, afterId ? sql`c.id > ${afterId}::uuid` : sql`true`, limit);
}

export function candidatesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return facts(db, sql`c.id = any(${sql.val(ids)}::uuid[])`, ids.length);
}

const featureRow = (f: CandidateFeatures) => ({
  candidate_id: f.candidateId,
  occupation_code: f.occupation,
  partner_id: f.partnerId,
  profession: f.profession,
  regulator: f.regulator,
  right_to_work: f.rightToWork,
  right_to_work_expires_on: f.rightToWorkExpiresOn,
  dbs: f.dbs,
  cefr: f.cefr,
  cefr_source: f.cefrSource,
  english_for_regulator: f.englishForRegulator,
  english_shortfall: f.englishShortfall,
  stage: f.stage,
  registered: f.registered,
  current_step: f.currentStep,
  steps_left: f.stepsLeft,
  ready_in_months: f.readyInMonths,
  ready_basis: f.readyBasis,
  static_open: f.staticOpen,
  static_reg: f.staticReg,
  lat: f.location?.lat ?? null,
  lng: f.location?.lng ?? null,
  roles_eligible: f.rolesEligible ?? [],
  role_gaps: f.roleGaps ?? {},
  available_hours: f.availability?.hoursPerWeek ?? null,
  available_from: f.availability?.from ?? null,
});

const columns = sql.raw(`candidate_id uuid, occupation_code text, partner_id uuid, profession text, regulator text,
  right_to_work text, right_to_work_expires_on date, dbs text, cefr int, cefr_source text, english_for_regulator text,
  english_shortfall float8, stage float8, registered bool, current_step text, steps_left jsonb, ready_in_months float8,
  ready_basis text, static_open float8, static_reg float8, lat float8, lng float8, roles_eligible text[],
  role_gaps jsonb, available_hours float8, available_from date`);
const names = sql.raw(`candidate_id, occupation_code, partner_id, profession, regulator, right_to_work,
  right_to_work_expires_on, dbs, cefr, cefr_source, english_for_regulator, english_shortfall, stage, registered,
  current_step, steps_left, ready_in_months, ready_basis, static_open, static_reg, lat, lng, roles_eligible, role_gaps,
  available_hours, available_from`);

/** Inserts features as one JSON document (json_to_recordset): thousands of rows in one statement, one parameter. */
export async function insertFeatures(db: Db, features: CandidateFeatures[]): Promise<void> {
  if (features.length === 0) return;
  const doc = JSON.stringify(features.map(featureRow));
  await sql`insert into candidate_match_features (${names})
    select ${names} from json_to_recordset(${doc}::json) as r(${columns})
    on conflict (candidate_id, occupation_code) do nothing`.execute(db);
}

/** Replaces the features of these candidates (all their qualifications) with the given rows. */
export async function replaceFeatures(db: Db, ids: string[], features: CandidateFeatures[]): Promise<void> {
  if (ids.length === 0) return;
  await edb(db)
    .deleteFrom('candidate_match_features')
    .where(sql<boolean>`candidate_id = any(${sql.val(ids)}::uuid[])`)
    .execute();
  await insertFeatures(db, features);
}

/**
 * Empties the features and the list of candidates waiting for a refresh (the full rematch rebuilds both). The features
 * are truncated, not deleted row by row: the rebuild then writes into empty files and indexes instead of beside a
 * dead copy (about a sixth of the rematch's time on PGlite); searches wait for the rematch's commit meanwhile.
 */
export async function clearFeatures(db: Db): Promise<void> {
  await sql`truncate candidate_match_features`.execute(db);
  await sql`delete from candidate_match_dirty`.execute(db);
}

/**
 * Reclaims the space of the refreshed candidates' rows in the change list, so the next probe does not scan them
 * (PGlite has no autovacuum; on PostgreSQL this only runs sooner). Not possible inside a transaction: skipped there.
 */
export async function compactDirty(db: Db): Promise<void> {
  if (db.isTransaction) return;
  await sql`vacuum candidate_match_dirty`.execute(db);
}

/**
 * Takes up to `limit` candidates whose facts changed (listed by triggers in the writers' transactions); rows another
 * search is taking are skipped, not waited for. Call inside the transaction that refreshes them.
 */
export async function takeDirty(db: Db, limit: number): Promise<string[]> {
  const res = await sql<{ candidate_id: string }>`
    delete from candidate_match_dirty where candidate_id in (
      select candidate_id from candidate_match_dirty limit ${limit} for update skip locked)
    returning candidate_id`.execute(db);
  return res.rows.map((r) => r.candidate_id);
}

/** Whether the features were built, and whether any candidate waits for a refresh: one statement, nothing locked. */
export async function freshness(db: Db, name: string): Promise<{ built: boolean; dirty: boolean }> {
  const res = await sql<{ built: boolean; dirty: boolean }>`
    select exists (select 1 from match_watermarks where name = ${name}) as built,
           exists (select 1 from candidate_match_dirty) as dirty`.execute(db);
  return res.rows[0] ?? { built: false, dirty: false };
}

export async function setWatermark(db: Db, name: string, at: Date): Promise<void> {
  await edb(db)
    .insertInto('match_watermarks')
    .values({ name, seen_until: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ seen_until: at }))
    .execute();
}
