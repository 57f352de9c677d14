import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { FindingRule } from './findings.rules';
import { fdb } from './findings.tables';
import { answerPaths } from './forms.rules';
import { answersOf } from './submissions.rules';
import type { FormSchema } from './xlsform.types';

/** Queries of the findings mapping: maps per form version, findings, marks, follow-up referrals. */

export const findMap = (db: Db, formVersionId: string) =>
  fdb(db)
    .selectFrom('research_finding_maps')
    .selectAll()
    .where('form_version_id', '=', formVersionId)
    .executeTakeFirst();

export const formHasMap = async (db: Db, formId: string) =>
  Boolean(
    await fdb(db)
      .selectFrom('research_finding_maps')
      .select('form_version_id')
      .where('form_id', '=', formId)
      .where(sql<boolean>`jsonb_array_length(rules) > 0`)
      .executeTakeFirst(),
  );

export const findVersion = (db: Db, formId: string, versionId: string) =>
  fdb(db)
    .selectFrom('research_form_versions')
    .select(['id', 'version', 'schema'])
    .where('form_id', '=', formId)
    .where('id', '=', versionId)
    .executeTakeFirst();

/** Saves a map when the caller read `revision` (0: none yet); undefined when someone saved in between. */
export async function saveMap(
  db: Db,
  m: { formId: string; formVersionId: string; rules: FindingRule[]; revision: number; userId: string | null },
) {
  const rules = JSON.stringify(m.rules);
  if (m.revision === 0)
    return fdb(db)
      .insertInto('research_finding_maps')
      .values({ form_version_id: m.formVersionId, form_id: m.formId, rules, updated_by: m.userId })
      .onConflict((oc) => oc.column('form_version_id').doNothing())
      .returningAll()
      .executeTakeFirst();
  return fdb(db)
    .updateTable('research_finding_maps')
    .set({ rules, revision: sql`revision + 1`, updated_by: m.userId, updated_at: sql`now()` })
    .where('form_version_id', '=', m.formVersionId)
    .where('revision', '=', m.revision)
    .returningAll()
    .executeTakeFirst();
}

export interface PendingResponse {
  id: string;
  form_id: string;
  form_version_id: string;
  answers: Record<string, string>;
  area_id: string | null;
  area_slug: string | null;
  xml_sha256: string;
  rules: FindingRule[];
  revision: number;
  schema: FormSchema;
  partner_id: string;
  title: string;
}

/**
 * Responses of a form whose findings are not applied yet: never applied, or changed since (a partial response
 * completed). With `all`, also those applied under an older revision of their version's map.
 */
export async function pendingResponses(
  db: Db,
  formId: string,
  all: boolean,
  limit: number,
): Promise<PendingResponse[]> {
  const r = await sql<Omit<PendingResponse, 'answers'> & { answer_row: string }>`
    select s.id, s.form_id, s.form_version_id, s.answer_row, s.area_id, a.slug as area_slug, s.xml_sha256, m.rules, m.revision, v.schema,
      f.partner_id, f.title
    from research_submissions s
    join research_forms f on f.id = s.form_id
    join research_finding_maps m on m.form_version_id = s.form_version_id
    join research_form_versions v on v.id = s.form_version_id
    left join areas a on a.id = s.area_id
    left join research_finding_marks k on k.submission_id = s.id
    where s.form_id = ${formId}
      and (k.submission_id is null or k.xml_sha256 <> s.xml_sha256 or (${all}::boolean and k.revision < m.revision))
    order by s.id
    limit ${limit}`.execute(db);
  const paths = new Map<string, string[]>();
  return r.rows.map(({ answer_row, ...row }) => {
    let p = paths.get(row.form_version_id);
    if (!p) paths.set(row.form_version_id, (p = answerPaths(row.schema)));
    return { ...row, answers: answersOf(p, answer_row) };
  });
}

/** Records a finding once; the id when new, undefined when it was already there. */
export const insertFinding = (
  db: Db,
  f: { submissionId: string; formId: string; path: string; becomes: string; value: string; areaId: string | null },
) =>
  fdb(db)
    .insertInto('research_findings')
    .values({
      submission_id: f.submissionId,
      form_id: f.formId,
      path: f.path,
      becomes: f.becomes,
      value: f.value,
      area_id: f.areaId,
    })
    .onConflict((oc) => oc.columns(['submission_id', 'path', 'becomes', 'value']).doNothing())
    .returning('id')
    .executeTakeFirst();

export const setFindingAsset = (db: Db, id: string, microAssetId: string, occupationCode: string | null) =>
  fdb(db)
    .updateTable('research_findings')
    .set({ micro_asset_id: microAssetId, occupation_code: occupationCode })
    .where('id', '=', id)
    .execute();

export const markApplied = (db: Db, submissionId: string, revision: number, sha: string) =>
  fdb(db)
    .insertInto('research_finding_marks')
    .values({ submission_id: submissionId, revision, xml_sha256: sha })
    .onConflict((oc) => oc.column('submission_id').doUpdateSet({ revision, xml_sha256: sha, applied_at: sql`now()` }))
    .execute();

export const insertFollowUpReferral = (
  db: Db,
  r: { formId: string; contactHash: string; target: string; question: string; day: string },
) =>
  fdb(db)
    .insertInto('research_follow_up_referrals')
    .values({
      form_id: r.formId,
      contact_hash: r.contactHash,
      target: r.target,
      question: r.question,
      entered_on: r.day,
    })
    .onConflict((oc) => oc.columns(['form_id', 'contact_hash', 'target']).doNothing())
    .execute();

export async function summary(db: Db, formId: string) {
  const [byKind, byArea, referrals, progress] = await Promise.all([
    fdb(db)
      .selectFrom('research_findings')
      .select(['becomes', sql<number>`count(*)::int`.as('n'), sql<number>`count(micro_asset_id)::int`.as('assets')])
      .where('form_id', '=', formId)
      .groupBy('becomes')
      .execute(),
    sql<{ area: string | null; becomes: string; n: number }>`
      select a.name as area, f.becomes, count(*)::int as n from research_findings f
      left join areas a on a.id = f.area_id where f.form_id = ${formId}
      group by a.name, f.becomes order by a.name nulls last, f.becomes`.execute(db),
    fdb(db)
      .selectFrom('research_follow_up_referrals')
      .select(['target', 'status', sql<number>`count(*)::int`.as('n')])
      .where('form_id', '=', formId)
      .groupBy(['target', 'status'])
      .execute(),
    sql<{ total: number; applied: number }>`
      select count(*)::int as total, count(k.submission_id)::int as applied from research_submissions s
      left join research_finding_marks k on k.submission_id = s.id and k.xml_sha256 = s.xml_sha256
      where s.form_id = ${formId}`.execute(db),
  ]);
  return { byKind, byArea: byArea.rows, referrals, progress: progress.rows[0] ?? { total: 0, applied: 0 } };
}

/** Follow-up referrals still to be made, with the sealed contact from the follow-up store (never from answers). */
export const pendingFollowUps = (db: Db, formId: string, limit: number) =>
  fdb(db)
    .selectFrom('research_follow_up_referrals as r')
    .innerJoin('research_prize_entries as p', (j) =>
      j.onRef('p.form_id', '=', 'r.form_id').onRef('p.contact_hash', '=', 'r.contact_hash'),
    )
    .innerJoin('research_forms as f', 'f.id', 'r.form_id')
    .select(['r.id', 'r.target', 'r.question', 'p.contact_sealed', 'p.follow_up_consent', 'f.partner_id', 'f.title'])
    .where('r.form_id', '=', formId)
    .where('r.status', '=', 'pending')
    .orderBy('r.id')
    .limit(limit)
    .execute();

export const setFollowUpOutcome = (
  db: Db,
  id: string,
  o: { status: 'referred' | 'failed'; referralRef?: string | null; error?: string | null },
) =>
  fdb(db)
    .updateTable('research_follow_up_referrals')
    .set({ status: o.status, referral_ref: o.referralRef ?? null, last_error: o.error?.slice(0, 1000) ?? null })
    .where('id', '=', id)
    .execute();
