import { sql } from 'kysely';
import type { Db } from '../../db/tx';

/** Batched reads for role eligibility and availability: one query per kind, for any number of candidates. */

type Row = Record<string, unknown>;
const rows = async <T = Row>(db: Db, q: ReturnType<typeof sql>) => (await q.execute(db)).rows as T[];

export interface FactRows {
  candidates: {
    id: string;
    right_to_work: string;
    right_to_work_expires_on: string | null;
    dbs: string;
    previous_roles: string[] | null;
    available_hours_per_week: string | null;
    available_days_per_week: number | null;
    available_from: string | null;
  }[];
  qualifications: {
    candidate_id: string;
    occupation_code: string;
    years_of_practice: string | null;
    specialties: string[];
  }[];
  tests: {
    id: string;
    candidate_id: string;
    test: string;
    variant: string;
    taken_on: string;
    listening: string;
    reading: string;
    writing: string;
    speaking: string;
  }[];
  progress: { candidate_id: string; step: string; outcome: string; on_date: string }[];
}

export async function factRows(db: Db, ids: string[]): Promise<FactRows> {
  if (ids.length === 0) return { candidates: [], qualifications: [], tests: [], progress: [] };
  const list = sql.join(ids);
  const [candidates, qualifications, tests, progress] = await Promise.all([
    rows<FactRows['candidates'][number]>(
      db,
      sql`select id, right_to_work, right_to_work_expires_on::text as right_to_work_expires_on, dbs, previous_roles,
            available_hours_per_week::text as available_hours_per_week, available_days_per_week,
            available_from::text as available_from
          from candidates where id in (${list})`,
    ),
    rows<FactRows['qualifications'][number]>(
      db,
      sql`select candidate_id, occupation_code, years_of_practice::text as years_of_practice, specialties
          from candidate_qualifications where candidate_id in (${list}) order by candidate_id, position`,
    ),
    rows<FactRows['tests'][number]>(
      db,
      sql`select id, candidate_id, test, variant, taken_on::text as taken_on, listening::text as listening,
            reading::text as reading, writing::text as writing, speaking::text as speaking
          from candidate_english_tests where candidate_id in (${list}) order by taken_on`,
    ),
    rows<FactRows['progress'][number]>(
      db,
      sql`select candidate_id, step, outcome, on_date::text as on_date from candidate_progress
          where candidate_id in (${list}) order by on_date, id`,
    ),
  ]);
  return { candidates, qualifications, tests, progress };
}

/** What a vacancy is for: its named role, occupations, hours pattern and closing date. */
export async function vacancyTerms(db: Db, id: string) {
  const [row] = await rows<{ role: string | null; occupations: string[]; hours: string; closes_on: string | null }>(
    db,
    sql`select d.role, d.hours, f.occupation_codes as occupations, f.closes_on::text as closes_on
        from vacancy_details d join vacancy_match_features f on f.opportunity_id = d.opportunity_id
        where d.opportunity_id = ${id}`,
  );
  return row ?? null;
}

/** Live candidates (of one partner, or all) holding one of these occupations, by name; bounded. */
export async function candidatesOf(db: Db, partnerId: string | null, occupations: string[]) {
  return rows<{ id: string; reference: string; full_name: string }>(
    db,
    sql`select c.id, c.reference, c.full_name from candidates c
        where c.merged_into is null and c.status <> 'withdrawn'
          ${partnerId ? sql`and c.partner_id = ${partnerId}` : sql``}
          and exists (select 1 from candidate_qualifications q where q.candidate_id = c.id
                      and q.occupation_code in (${sql.join(occupations)}))
        order by c.full_name limit 200`,
  );
}
