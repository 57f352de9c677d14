import { sql } from 'kysely';
import type { Db, Tx } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import { mergedFields, type DuplicateKeys, type MergedField } from './merge.rules';

/** Reads and moves for merging duplicate candidates. Every move runs in the caller's transaction. */

type Row = Record<string, unknown>;
const rows = async <T = Row>(db: Db, q: ReturnType<typeof sql>) => (await q.execute(db)).rows as T[];

/** The duplicate keys of the live (not merged) candidates of a scope that share a date of birth, phone or name. */
export async function keysNear(db: Db, partnerId: string, probe: Omit<DuplicateKeys, 'id'>) {
  return rows<DuplicateKeys>(
    db,
    sql`select id, name_key as "nameKey", date_of_birth::text as "dateOfBirth", phone_key as "phoneKey"
        from candidates
        where partner_id = ${partnerId} and merged_into is null
          and (name_key = ${probe.nameKey} or date_of_birth = ${probe.dateOfBirth}::date
               or phone_key = ${probe.phoneKey})
        limit 200`,
  );
}

export async function keysOfIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return rows<DuplicateKeys>(
    db,
    sql`select id, name_key as "nameKey", date_of_birth::text as "dateOfBirth", phone_key as "phoneKey"
        from candidates where id in (${sql.join(ids)})`,
  );
}

/** Pairs of live candidates in scope sharing a date of birth, phone or name key (a bounded read). */
export async function pairsInScope(db: Db, scope: PartnerScope, limit: number) {
  const partner = scope.kind === 'partner' ? sql`and a.partner_id = ${scope.partnerId}` : sql``;
  return rows<{ a: DuplicateKeys; b: DuplicateKeys }>(
    db,
    sql`select json_build_object('id', a.id, 'nameKey', a.name_key, 'dateOfBirth', a.date_of_birth::text,
                                 'phoneKey', a.phone_key) as a,
               json_build_object('id', b.id, 'nameKey', b.name_key, 'dateOfBirth', b.date_of_birth::text,
                                 'phoneKey', b.phone_key) as b
        from candidates a join candidates b
          on b.partner_id = a.partner_id and a.id < b.id
         and (a.name_key = b.name_key or a.date_of_birth = b.date_of_birth or a.phone_key = b.phone_key)
        where a.merged_into is null and b.merged_into is null ${partner}
        limit ${limit}`,
  );
}

/** Summaries for the list and the side-by-side view. */
export async function summaries(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return rows<Row & { id: string; partner_id: string; version: number; merged_into: string | null }>(
    db,
    sql`select c.id, c.reference, c.partner_id, c.full_name, c.status, c.stage, c.version, c.merged_into,
               c.phone, c.email, c.borough, c.right_to_work, c.dbs, c.created_at, c.date_of_birth::text as date_of_birth,
               (select count(*)::int from candidate_qualifications q where q.candidate_id = c.id) as qualifications,
               (select count(*)::int from candidate_english_tests t where t.candidate_id = c.id) as tests,
               (select count(*)::int from candidate_stage_moves m where m.candidate_id = c.id) as moves,
               (select count(*)::int from training_enrolments e where e.candidate_id = c.id) as enrolments,
               (select count(*)::int from training_waiting_list w where w.candidate_id = c.id) as waiting,
               (select count(*)::int from matches x where x.candidate_id = c.id) as matches,
               (select count(*)::int from interim_placements p where p.candidate_id = c.id) as placements
        from candidates c where c.id in (${sql.join(ids)})`,
  );
}

/** The reconciled fields of one candidate, as text, locked for the merge. */
export async function fieldsForUpdate(trx: Tx, id: string) {
  const cols = sql.join(mergedFields.map((f) => sql`${sql.ref(f)}::text as ${sql.ref(f)}`));
  const [row] = await rows<
    Record<MergedField, string | null> & { version: number; merged_into: string | null; resident_id: string | null }
  >(
    trx,
    sql`select ${cols}, version, merged_into, partner_id, resident_id::text as resident_id from candidates where id = ${id} for update`,
  );
  return row;
}

export async function languagesOf(trx: Tx, id: string) {
  return rows<{ language: string; level: string | null }>(
    trx,
    sql`select language, level from candidate_languages where candidate_id = ${id}`,
  );
}

/** Moves every child row of `from` to `to`; rows that would collide with the survivor's are counted and dropped. */
export async function moveChildren(trx: Tx, from: string, to: string) {
  const run = async (q: ReturnType<typeof sql>) => Number((await q.execute(trx)).numAffectedRows ?? 0);
  const moved: Record<string, number> = {};
  moved.qualifications = await run(sql`
    update candidate_qualifications set candidate_id = ${to},
      position = position + 1 + coalesce((select max(position) from candidate_qualifications where candidate_id = ${to}), -1)
    where candidate_id = ${from}`);
  moved.englishTests = await run(
    sql`update candidate_english_tests set candidate_id = ${to} where candidate_id = ${from}`,
  );
  moved.progress = await run(sql`update candidate_progress set candidate_id = ${to} where candidate_id = ${from}`);
  moved.stageMoves = await run(sql`update candidate_stage_moves set candidate_id = ${to} where candidate_id = ${from}`);
  moved.placements = await run(sql`update interim_placements set candidate_id = ${to} where candidate_id = ${from}`);
  // training: the same cohort twice keeps the survivor's enrolment; attendance keeps "present" from either
  await sql`insert into training_attendance (cohort_id, candidate_id, session_on, present, recorded_at)
    select cohort_id, ${to}, session_on, present, recorded_at from training_attendance where candidate_id = ${from}
    on conflict (cohort_id, candidate_id, session_on)
    do update set present = training_attendance.present or excluded.present`.execute(trx);
  moved.attendance = await run(sql`delete from training_attendance where candidate_id = ${from}`);
  moved.enrolments = await run(sql`update training_enrolments e set candidate_id = ${to} where candidate_id = ${from}
    and not exists (select 1 from training_enrolments s where s.candidate_id = ${to} and s.cohort_id = e.cohort_id)`);
  const sameCohort = await run(sql`delete from training_enrolments where candidate_id = ${from}`);
  // waiting lists: one open place per programme, the earlier date joined (the better place) is kept
  await sql`update training_waiting_list s set joined_on = least(s.joined_on, l.joined_on)
    from training_waiting_list l
    where s.candidate_id = ${to} and l.candidate_id = ${from} and s.status = 'waiting' and l.status = 'waiting'
      and s.programme_id = l.programme_id`.execute(trx);
  const sameList = await run(sql`update training_waiting_list l set status = 'removed'
    where l.candidate_id = ${from} and l.status = 'waiting' and exists (select 1 from training_waiting_list s
      where s.candidate_id = ${to} and s.status = 'waiting' and s.programme_id = l.programme_id)`);
  moved.waitingList = await run(
    sql`update training_waiting_list set candidate_id = ${to} where candidate_id = ${from}`,
  );
  // matches: a decision on the same vacancy for both keeps the survivor's
  moved.matches = await run(sql`update matches m set candidate_id = ${to} where candidate_id = ${from}
    and not exists (select 1 from matches s where s.candidate_id = ${to} and s.opportunity_id = m.opportunity_id)`);
  const sameVacancy = await run(sql`delete from matches where candidate_id = ${from}`);
  await sql`delete from candidate_match_features where candidate_id = ${from}`.execute(trx);
  return { moved, dropped: { sameCohort, sameList, sameVacancy } };
}

export async function replaceLanguages(trx: Tx, id: string, languages: { language: string; level: string | null }[]) {
  await sql`delete from candidate_languages where candidate_id = ${id}`.execute(trx);
  for (const l of languages)
    await sql`insert into candidate_languages (candidate_id, language, level) values (${id}, ${l.language}, ${l.level})`.execute(
      trx,
    );
}

/** Fills the survivor's empty fields, drops the merged record from its duplicate flags and bumps its version. */
export async function updateSurvivor(
  trx: Tx,
  id: string,
  fill: Partial<Record<MergedField, string>>,
  mergedId: string,
) {
  const sets = Object.entries(fill).map(([k, v]) => sql`${sql.ref(k)} = ${v}`);
  await sql`update candidates set ${sql.join([
    ...sets,
    sql`possible_duplicates = coalesce((select jsonb_agg(d) from jsonb_array_elements(possible_duplicates) d
          where d->>'id' <> ${mergedId}), '[]'::jsonb)`,
    sql`version = version + 1`,
    sql`updated_at = now()`,
  ])} where id = ${id}`.execute(trx);
}

/** The merged record stays as a tombstone: withdrawn, pointing at the survivor, with nothing left under it. */
export async function tombstone(trx: Tx, id: string, survivorId: string, survivorReference: string, by: string | null) {
  // the withdrawal is a pipeline move like any other, recorded on the tombstone
  await sql`insert into candidate_stage_moves (candidate_id, from_stage, to_stage, reason, moved_by)
    select id, stage, 'withdrawn', ${`Merged into ${survivorReference}`}, ${by} from candidates where id = ${id}`.execute(
    trx,
  );
  await sql`update candidates set merged_into = ${survivorId}, merged_at = now(), status = 'withdrawn',
      stage = 'withdrawn', withdrawn_reason = ${`Merged into ${survivorReference}`},
      possible_duplicates = '[]'::jsonb, version = version + 1, updated_at = now()
    where id = ${id}`.execute(trx);
  await sql`delete from candidate_languages where candidate_id = ${id}`.execute(trx);
}

/** Where a merged record points; null for a live one. */
export async function mergedInto(db: Db, id: string) {
  const [row] = await rows<{ merged_into: string | null; reference: string | null }>(
    db,
    sql`select c.merged_into, s.reference from candidates c left join candidates s on s.id = c.merged_into
        where c.id = ${id}`,
  );
  return row?.merged_into ? { id: row.merged_into, reference: row.reference ?? '' } : null;
}
