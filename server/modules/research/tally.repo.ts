import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { answerPathsByVersion } from './submissions.repo';

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
  const wanted = new Set(paths);
  // where each wanted path sits in each version's answer_row (1-based, as `with ordinality` counts)
  const at = [...(await answerPathsByVersion(db, formId))].flatMap(([version, cols]) =>
    cols.flatMap((path, i) => (wanted.has(path) ? [sql`(${version}::uuid, ${i + 1}::bigint, ${path}::text)`] : [])),
  );
  if (at.length === 0) return [];
  const r = await sql<AnswerCount>`
    with at (version_id, position, path) as (values ${sql.join(at)})
    select at.path, e.value, count(*)::int as n
    from research_submissions s
    cross join lateral jsonb_array_elements_text(s.answer_row::jsonb) with ordinality as e(value, position)
    join at on at.version_id = s.form_version_id and at.position = e.position
    where s.form_id = ${formId} and e.value <> ''
    group by at.path, e.value
    order by at.path, e.value
    limit ${maxRows}`.execute(db);
  return r.rows;
}
