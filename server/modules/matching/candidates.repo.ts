import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import type { ListQuery } from '../../lib/paging';
import { mdb } from './matching.tables';

export type CandidateSort = 'reference' | 'fullName' | 'createdAt' | 'status';

/** dates as text (YYYY-MM-DD), so no driver turns them into local-time instants */
const day = (ref: string) => sql<string | null>`${sql.ref(ref)}::text`;

function base(db: Db) {
  return mdb(db)
    .selectFrom('candidates as c')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .leftJoin('users as u', 'u.id', 'c.caseworker_id')
    .leftJoin('areas as a', 'a.id', 'c.area_id')
    .select([
      'c.id',
      'c.reference',
      'c.partner_id',
      'c.caseworker_id',
      'c.resident_id',
      'c.status',
      'c.source',
      'c.full_name',
      'c.preferred_name',
      'c.phone',
      'c.email',
      'c.area_id',
      'c.borough',
      'c.right_to_work',
      'c.dbs',
      'c.immigration_status_enc',
      'c.previous_roles',
      'c.possible_duplicates',
      'c.notes',
      'c.version',
      'c.created_at',
      'c.updated_at',
      'p.slug as partner_slug',
      'p.name as partner_name',
      'u.display_name as caseworker_name',
      'a.slug as area_slug',
      'a.name as area_name',
      day('c.date_of_birth').as('date_of_birth'),
      sql<string>`c.stage`.as('stage'),
      day('c.right_to_work_checked_on').as('right_to_work_checked_on'),
      day('c.right_to_work_expires_on').as('right_to_work_expires_on'),
    ]);
}

export interface CandidateFilter {
  scope: PartnerScope;
  status?: string | undefined;
  areaId?: string | undefined;
  occupation?: string | undefined;
  rightToWork?: string | undefined;
  caseworkerId?: string | undefined;
  duplicatesOnly?: boolean | undefined;
  stage?: string | undefined;
}

export async function listCandidates(db: Db, f: CandidateFilter, query: ListQuery<CandidateSort>) {
  let qb = base(db);
  if (f.scope.kind === 'partner') qb = qb.where('c.partner_id', '=', f.scope.partnerId);
  qb = qb.where(sql<boolean>`c.merged_into is null`); // merged records are tombstones (merge.service)
  if (f.status) qb = qb.where('c.status', '=', f.status);
  if (f.areaId) qb = qb.where('c.area_id', '=', f.areaId);
  if (f.rightToWork) qb = qb.where('c.right_to_work', '=', f.rightToWork);
  if (f.stage) qb = qb.where(sql<string>`c.stage`, '=', f.stage);
  if (f.caseworkerId) qb = qb.where('c.caseworker_id', '=', f.caseworkerId);
  if (f.duplicatesOnly) qb = qb.where(sql<boolean>`jsonb_array_length(c.possible_duplicates) > 0`);
  if (f.occupation) {
    const code = f.occupation;
    qb = qb.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('candidate_qualifications as q')
          .select('q.id')
          .whereRef('q.candidate_id', '=', 'c.id')
          .where('q.occupation_code', '=', code),
      ),
    );
  }
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('c.full_name', 'ilike', p), eb('c.reference', 'ilike', p)]));
  }
  const sorts = { reference: 'c.reference', fullName: 'c.full_name', createdAt: 'c.created_at', status: 'c.status' };
  return paginate(qb, query, sorts, 'c.id');
}

export const findCandidate = (db: Db, id: string) => base(db).where('c.id', '=', id).executeTakeFirst();
/** Many candidates by id, in one query. */
export const findCandidates = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : base(db)
        .where('c.id', 'in', [...ids])
        .execute();
export type CandidateRow = NonNullable<Awaited<ReturnType<typeof findCandidate>>>;

export async function occupationsOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await mdb(db)
    .selectFrom('candidate_qualifications')
    .select(['candidate_id', 'occupation_code'])
    .where('candidate_id', 'in', ids)
    .orderBy('position')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.candidate_id, [...(out.get(r.candidate_id) ?? []), r.occupation_code]);
  return out;
}

/** Children of many candidates: one query per kind, whatever the number of candidates. */
export async function childrenOfMany(db: Db, ids: readonly string[]) {
  const m = mdb(db);
  const list = ids.length > 0 ? [...ids] : ['00000000-0000-0000-0000-000000000000'];
  const [qualifications, languages, tests, progress] = await Promise.all([
    m
      .selectFrom('candidate_qualifications')
      .selectAll()
      .where('candidate_id', 'in', list)
      .orderBy('position')
      .execute(),
    m.selectFrom('candidate_languages').selectAll().where('candidate_id', 'in', list).orderBy('language').execute(),
    m
      .selectFrom('candidate_english_tests')
      .select(['candidate_id', 'id', 'test', 'variant', 'report_number', 'listening', 'reading', 'writing', 'speaking'])
      .select(['overall'])
      .select(day('taken_on').as('taken_on'))
      .where('candidate_id', 'in', list)
      .orderBy('taken_on')
      .orderBy('id')
      .execute(),
    m
      .selectFrom('candidate_progress')
      .select(['candidate_id', 'step', 'outcome'])
      .select(day('on_date').as('on_date'))
      .where('candidate_id', 'in', list)
      .orderBy('on_date')
      .orderBy('id')
      .execute(),
  ]);
  const group = <T extends { candidate_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.candidate_id, [...(m.get(r.candidate_id) ?? []), r]);
    return m;
  };
  const [q, l, t, p] = [group(qualifications), group(languages), group(tests), group(progress)];
  const out = new Map<
    string,
    {
      qualifications: typeof qualifications;
      languages: typeof languages;
      tests: typeof tests;
      progress: typeof progress;
    }
  >();
  for (const id of ids)
    out.set(id, {
      qualifications: q.get(id) ?? [],
      languages: l.get(id) ?? [],
      tests: t.get(id) ?? [],
      progress: p.get(id) ?? [],
    });
  return out;
}

export async function childrenOf(db: Db, id: string) {
  return (await childrenOfMany(db, [id])).get(id)!;
}
export type CandidateChildren = Awaited<ReturnType<typeof childrenOf>>;

/** Existing candidates of one partner that share the name key, or the phone key, for duplicate checks. */
export async function duplicateCandidates(db: Db, partnerId: string, nameKey: string, phoneKey: string | null) {
  const rows = await mdb(db)
    .selectFrom('candidates')
    .select(['id', 'reference', 'name_key', 'phone_key'])
    .select(day('date_of_birth').as('date_of_birth'))
    .where('partner_id', '=', partnerId)
    .where((eb) => {
      const byName = eb('name_key', '=', nameKey);
      return phoneKey ? eb.or([byName, eb('phone_key', '=', phoneKey)]) : byName;
    })
    .limit(50)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    nameKey: r.name_key,
    phoneKey: r.phone_key,
    dateOfBirth: r.date_of_birth,
  }));
}

export async function insertCandidate(db: Db, row: Record<string, unknown>) {
  return mdb(db)
    .insertInto('candidates')
    .values({ ...row, updated_at: new Date() } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The duplicate keys of a stored candidate. */
export const duplicateProbeOf = (db: Db, id: string) =>
  mdb(db)
    .selectFrom('candidates')
    .select(['partner_id', 'name_key', 'phone_key'])
    .select(day('date_of_birth').as('date_of_birth'))
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

export async function setDuplicates(db: Db, id: string, duplicates: { id: string; reason: string }[]) {
  await mdb(db)
    .updateTable('candidates')
    .set({ possible_duplicates: JSON.stringify(duplicates) })
    .where('id', '=', id)
    .execute();
}

/** Applies a change if the version still matches; false when someone else changed the record first. */
export async function updateCandidate(db: Db, id: string, version: number, changes: Record<string, unknown>) {
  const r = await mdb(db)
    .updateTable('candidates')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceChildren(
  db: Db,
  id: string,
  children: Partial<Record<'qualifications' | 'languages' | 'tests' | 'progress', Record<string, unknown>[]>>,
): Promise<void> {
  const m = mdb(db);
  const tables = {
    qualifications: 'candidate_qualifications',
    languages: 'candidate_languages',
    tests: 'candidate_english_tests',
    progress: 'candidate_progress',
  } as const;
  for (const [key, table] of Object.entries(tables) as [keyof typeof tables, (typeof tables)[keyof typeof tables]][]) {
    const rows = children[key];
    if (rows === undefined) continue;
    await m.deleteFrom(table).where('candidate_id', '=', id).execute();
    if (rows.length > 0)
      await m
        .insertInto(table)
        .values(rows.map((r) => ({ ...r, candidate_id: id })) as never)
        .execute();
  }
}

/** Links a candidate made before residents held consents to the resident now holding them. */
export async function linkResident(db: Db, id: string, residentId: string) {
  await mdb(db).updateTable('candidates').set({ resident_id: residentId }).where('id', '=', id).execute();
}

/**
 * The partner and role of a user to be assigned as caseworker. Reads the identity module's users table
 * directly because its service offers no lookup by id (a read-only join, as residents do for partners).
 */
export const userPartner = (db: Db, userId: string) =>
  mdb(db).selectFrom('users').select(['partner_id', 'role']).where('id', '=', userId).executeTakeFirst();
