import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { CandidateFeatures } from './scoring.features.rules';
import { edb } from './matches.tables';

/** Reads candidates' facts in bulk and writes their match features (derived rows, rebuilt at will). */

const day = (ref: string) => sql<string | null>`${sql.ref(ref)}::text`;

/** The candidate facts the features are worked out from. */
function facts(db: Db) {
  return edb(db)
    .selectFrom('candidates as c')
    .leftJoin('areas as a', 'a.id', 'c.area_id')
    .select(['c.id', 'c.partner_id', 'c.status', 'c.right_to_work', 'c.dbs', 'c.previous_roles'])
    .select(['a.centre_lat as lat', 'a.centre_lng as lng'])
    .select(day('c.right_to_work_expires_on').as('right_to_work_expires_on'));
}

export async function candidatePage(db: Db, afterId: string | null, limit: number) {
  let q = facts(db).orderBy('c.id').limit(limit);
  if (afterId) q = q.where('c.id', '>', afterId);
  return q.execute();
}

export async function candidatesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return facts(db)
    .where(sql<boolean>`c.id = any(${sql.val(ids)}::uuid[])`)
    .execute();
}
export type FactsRow = Awaited<ReturnType<typeof candidatePage>>[number];

export async function childrenOfMany(db: Db, ids: string[]) {
  const m = edb(db);
  if (ids.length === 0) return { qualifications: [], tests: [], progress: [], english: [] };
  const [qualifications, tests, progress, english] = await Promise.all([
    m
      .selectFrom('candidate_qualifications')
      .select(['candidate_id', 'occupation_code', 'years_of_practice', 'specialties'])
      .where(sql<boolean>`candidate_id = any(${sql.val(ids)}::uuid[])`)
      .orderBy('position')
      .execute(),
    m
      .selectFrom('candidate_english_tests')
      .select(['id', 'candidate_id', 'test', 'variant', 'listening', 'reading', 'writing', 'speaking'])
      .select(day('taken_on').as('taken_on'))
      .where(sql<boolean>`candidate_id = any(${sql.val(ids)}::uuid[])`)
      .orderBy('taken_on')
      .execute(),
    m
      .selectFrom('candidate_progress')
      .select(['candidate_id', 'step', 'outcome'])
      .select(day('on_date').as('on_date'))
      .where(sql<boolean>`candidate_id = any(${sql.val(ids)}::uuid[])`)
      .orderBy('on_date')
      .execute(),
    m
      .selectFrom('candidate_languages')
      .select(['candidate_id', 'level'])
      .where(sql<boolean>`candidate_id = any(${sql.val(ids)}::uuid[])`)
      .where('language', '=', 'en')
      .execute(),
  ]);
  return { qualifications, tests, progress, english };
}
export type ManyChildren = Awaited<ReturnType<typeof childrenOfMany>>;

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
  steps_left: JSON.stringify(f.stepsLeft),
  ready_in_months: f.readyInMonths,
  ready_basis: f.readyBasis,
  static_open: f.staticOpen,
  static_reg: f.staticReg,
  lat: f.location?.lat ?? null,
  lng: f.location?.lng ?? null,
});

const columns = [
  ['candidate_id', 'uuid'],
  ['occupation_code', 'text'],
  ['partner_id', 'uuid'],
  ['profession', 'text'],
  ['regulator', 'text'],
  ['right_to_work', 'text'],
  ['right_to_work_expires_on', 'date'],
  ['dbs', 'text'],
  ['cefr', 'int'],
  ['cefr_source', 'text'],
  ['english_for_regulator', 'text'],
  ['english_shortfall', 'float8'],
  ['stage', 'float8'],
  ['registered', 'bool'],
  ['current_step', 'text'],
  ['steps_left', 'jsonb'],
  ['ready_in_months', 'float8'],
  ['ready_basis', 'text'],
  ['static_open', 'float8'],
  ['static_reg', 'float8'],
  ['lat', 'float8'],
  ['lng', 'float8'],
] as const;

/** Inserts features as one array per column (unnest): thousands of rows in one statement with 22 parameters. */
export async function insertFeatures(db: Db, features: CandidateFeatures[]): Promise<void> {
  if (features.length === 0) return;
  const rows = features.map(featureRow) as unknown as Record<string, unknown>[];
  const arrays = columns.map(([name, type]) => sql`${sql.val(rows.map((r) => r[name]))}::${sql.raw(type)}[]`);
  await sql`insert into candidate_match_features (${sql.raw(columns.map(([n]) => n).join(', '))})
    select * from unnest(${sql.join(arrays)})
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

export async function clearFeatures(db: Db): Promise<void> {
  await edb(db).deleteFrom('candidate_match_features').execute();
}

export async function watermark(db: Db, name: string): Promise<Date | null> {
  const row = await edb(db)
    .selectFrom('match_watermarks')
    .select('seen_until')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.seen_until ?? null;
}

export async function setWatermark(db: Db, name: string, at: Date): Promise<void> {
  await edb(db)
    .insertInto('match_watermarks')
    .values({ name, seen_until: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ seen_until: at }))
    .execute();
}

/** Candidates changed since the watermark (a few seconds of overlap, for transactions that committed late). */
export async function changedSince(db: Db, since: Date | null) {
  let q = edb(db).selectFrom('candidates').select(['id', 'updated_at']).orderBy('updated_at').limit(5000);
  if (since) q = q.where('updated_at', '>', new Date(since.getTime() - 5000));
  return q.execute();
}
