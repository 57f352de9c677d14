import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/tx';
import { answerPathsByVersion } from './submissions.repo';
import { answersOf } from './submissions.rules';

/** Fieldwork counts of one form's responses within an optional date range. */

export interface Range {
  formId: string;
  from: Date | null;
  toExclusive: Date | null;
}

const where = (r: Range) => sql`s.form_id = ${r.formId}
  and (${r.from}::timestamptz is null or s.received_at >= ${r.from}::timestamptz)
  and (${r.toExclusive}::timestamptz is null or s.received_at < ${r.toExclusive}::timestamptz)`;

export interface Group {
  key: string | null;
  label: string | null;
  total: number;
  complete: number;
}

const grouped = async (db: Db, r: Range, key: RawBuilder<unknown>, label: RawBuilder<unknown>, joins = sql``) =>
  (
    await sql<Group>`
      select ${key} as key, ${label} as label, count(*)::int as total, count(*) filter (where s.complete)::int as complete
      from research_submissions s ${joins}
      where ${where(r)}
      group by 1, 2 order by 1 nulls last`.execute(db)
  ).rows;

export async function monitoringCounts(db: Db, r: Range) {
  const [byArea, byResearcher, byLanguage, byChannel, byDay] = await Promise.all([
    grouped(db, r, sql`a.slug`, sql`a.name`, sql`left join areas a on a.id = s.area_id`),
    grouped(db, r, sql`u.id::text`, sql`u.display_name`, sql`left join users u on u.id = s.researcher_id`),
    grouped(db, r, sql`s.language`, sql`s.language`),
    grouped(db, r, sql`s.channel`, sql`s.channel`),
    grouped(db, r, sql`to_char(s.received_at at time zone 'UTC', 'YYYY-MM-DD')`, sql`null::text`),
  ]);
  return { byArea, byResearcher, byLanguage, byChannel, byDay };
}

/** The answers of partial responses (capped: the drop-off is a shape, not a census). */
export async function partialAnswers(db: Db, r: Range, cap: number): Promise<Record<string, string>[]> {
  const [rows, paths] = await Promise.all([
    sql<{ answer_row: string; form_version_id: string }>`
      select s.answer_row, s.form_version_id from research_submissions s
      where ${where(r)} and not s.complete limit ${cap}`.execute(db),
    answerPathsByVersion(db, r.formId),
  ]);
  return rows.rows.map((x) => answersOf(paths.get(x.form_version_id) ?? [], x.answer_row));
}
