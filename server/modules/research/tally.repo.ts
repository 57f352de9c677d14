import { sql } from 'kysely';
import type { Db } from '../../db/tx';

/**
 * The stored answers of one form's responses (complete and partial), grouped: for each asked path, each
 * distinct answer value and how many responses gave it. Counting happens in the database, so a form with many
 * responses sends back one row per distinct answer, not one per response. The only reader of stored answers
 * for tallies: if the storage of answers changes, this is the one place to follow it.
 */
export interface AnswerCount {
  path: string;
  value: string;
  n: number;
}

/** At most this many distinct (path, value) pairs are read: numbers with many distinct values stay bounded. */
const maxRows = 100_000;

export async function answerCounts(db: Db, formId: string, paths: readonly string[]): Promise<AnswerCount[]> {
  if (paths.length === 0) return [];
  const wanted = sql.join(paths.map((p) => sql`${p}`));
  const r = await sql<AnswerCount>`
    select kv.key as path, kv.value as value, count(*)::int as n
    from research_submissions s cross join lateral jsonb_each_text(s.answers) as kv(key, value)
    where s.form_id = ${formId} and kv.key in (${wanted}) and kv.value <> ''
    group by kv.key, kv.value
    order by kv.key, kv.value
    limit ${maxRows}`.execute(db);
  return r.rows;
}
