import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { paginate } from '../../db/paging';
import type { ListQuery } from '../../lib/paging';
import { rdb } from './research.tables';
import { answerPaths } from './forms.rules';
import type { FormSchema } from './xlsform.types';

export interface SubmissionRow {
  formId: string;
  formVersionId: string;
  instanceId: string;
  sha256: string;
  xml: string;
  /** every leaf answer by path; not stored as such (answer_row and the XML are), read by rules at ingest */
  answers: Record<string, string>;
  /** JSON array of the answers in the version's export-column order: with the XML, the stored copy */
  answerRow: string;
  channel: string;
  anonymous: boolean;
  researcherId: string | null;
  deviceId: string | null;
  areaId: string | null;
  language: string | null;
  complete: boolean;
  receivedAt: Date;
}

export interface Credit {
  researcherId: string;
  amountPence: number;
  day: string;
}

/**
 * One statement: insert the response, or replace a stored *incomplete* one that this completes or changes,
 * and (when that row is now complete) credit the researcher's voucher ledger. A repeat of a stored response
 * changes nothing and returns no row, so a retry can never credit twice.
 */
export async function upsertSubmission(db: Db, s: SubmissionRow, credit: Credit | null) {
  const creditCte = credit
    ? sql`, credit as (
        insert into research_voucher_entries (researcher_id, kind, amount_pence, form_id, note, entered_on)
        select ${credit.researcherId}::uuid, 'issue', ${credit.amountPence}::int, ${s.formId}::uuid, 'completed questionnaire', ${credit.day}::date
        from ins where ins.complete returning 1)`
    : sql``;
  const credited = credit ? sql`(select count(*)::int from credit)` : sql`0`;
  const result = await sql<{ id: string; inserted: boolean; complete: boolean; credited: number }>`
    with ins as (
      insert into research_submissions (form_id, form_version_id, instance_id, xml_sha256, xml, answer_row, channel,
        anonymous, researcher_id, device_id, area_id, language, complete, received_at)
      values (${s.formId}, ${s.formVersionId}, ${s.instanceId}, ${s.sha256}, ${s.xml}, ${s.answerRow},
        ${s.channel}, ${s.anonymous}, ${s.researcherId}, ${s.deviceId}, ${s.areaId}, ${s.language}, ${s.complete}, ${s.receivedAt})
      on conflict (form_id, instance_id) do update set
        form_version_id = excluded.form_version_id, xml_sha256 = excluded.xml_sha256, xml = excluded.xml,
        answer_row = excluded.answer_row, complete = excluded.complete, area_id = excluded.area_id, language = excluded.language
      where research_submissions.complete = false
        and (research_submissions.xml_sha256 <> excluded.xml_sha256 or excluded.complete)
      returning id, complete, (xmax = 0) as inserted
    )${creditCte}
    select id, inserted, complete, ${credited} as credited from ins`.execute(db);
  return result.rows[0];
}

export async function existingSubmission(db: Db, formId: string, instanceId: string) {
  return rdb(db)
    .selectFrom('research_submissions')
    .select(['id', 'xml_sha256', 'complete'])
    .where('form_id', '=', formId)
    .where('instance_id', '=', instanceId)
    .executeTakeFirst();
}

export async function insertAttachment(
  db: Db,
  a: { submissionId: string; name: string; contentType: string; content: Buffer; sha256: string },
) {
  await rdb(db)
    .insertInto('research_attachments')
    .values({
      submission_id: a.submissionId,
      name: a.name,
      content_type: a.contentType,
      size: a.content.length,
      sha256: a.sha256,
      content: a.content.toString('base64'),
    })
    .onConflict((oc) => oc.columns(['submission_id', 'name']).doNothing())
    .execute();
}

export type SubmissionSort = 'receivedAt' | 'instanceId';

export async function listSubmissions(
  db: Db,
  formId: string,
  researcherId: string | null,
  query: ListQuery<SubmissionSort> & { complete?: boolean | undefined },
) {
  let qb = rdb(db)
    .selectFrom('research_submissions as s')
    .innerJoin('research_form_versions as v', 'v.id', 's.form_version_id')
    .select([
      's.id',
      's.instance_id',
      's.channel',
      's.researcher_id',
      's.complete',
      's.received_at',
      's.language',
      'v.version',
      (eb) =>
        eb
          .selectFrom('research_attachments as a')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('a.submission_id', '=', 's.id')
          .as('attachments'),
    ])
    .where('s.form_id', '=', formId);
  if (researcherId) qb = qb.where('s.researcher_id', '=', researcherId);
  if (query.complete !== undefined) qb = qb.where('s.complete', '=', query.complete);
  if (query.q) qb = qb.where('s.instance_id', '=', query.q);
  return paginate(qb, query, { receivedAt: 's.received_at', instanceId: 's.instance_id' }, 's.id');
}

export async function countStored(db: Db, formId: string) {
  const r = await rdb(db)
    .selectFrom('research_submissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('form_id', '=', formId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Each version of a form: the paths of its responses' `answer_row`, in order. */
export async function answerPathsByVersion(db: Db, formId: string): Promise<Map<string, string[]>> {
  const versions = await rdb(db)
    .selectFrom('research_form_versions')
    .select(['id', 'schema'])
    .where('form_id', '=', formId)
    .execute();
  return new Map(versions.map((v) => [v.id, answerPaths(v.schema as FormSchema)]));
}
