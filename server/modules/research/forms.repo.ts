import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { likePattern, paginate } from '../../db/paging';
import type { ListQuery } from '../../lib/paging';
import { rdb } from './research.tables';

export type FormSort = 'title' | 'createdAt' | 'status';
const sortColumns: Record<FormSort, string> = { title: 'f.title', createdAt: 'f.created_at', status: 'f.status' };

function formsQuery(db: Db) {
  return rdb(db)
    .selectFrom('research_forms as f')
    .innerJoin('partners as p', 'p.id', 'f.partner_id')
    .select([
      'f.id',
      'f.xform_id',
      'f.partner_id',
      'f.title',
      'f.anonymous',
      'f.status',
      'f.languages',
      'f.voucher_pence',
      'f.created_at',
      'f.updated_at',
      'p.slug as partner_slug',
      'p.name as partner_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('research_form_versions as v')
        .select(
          sql<string>`json_build_object('id', v.id, 'version', v.version, 'md5', v.md5, 'createdAt', v.created_at)`.as(
            'v',
          ),
        )
        .whereRef('v.form_id', '=', 'f.id')
        .orderBy('v.created_at', 'desc')
        .limit(1)
        .as('current_version'),
    );
}
export type FormRow = Awaited<ReturnType<ReturnType<typeof formsQuery>['executeTakeFirstOrThrow']>>;

export interface FormFilter {
  status?: string | undefined;
  /** draft forms are listed only for these partners ('all' = every partner) */
  draftsOf: 'all' | 'none' | string;
}

export async function listForms(db: Db, filter: FormFilter, query: ListQuery<FormSort>) {
  let qb = formsQuery(db);
  if (filter.status) qb = qb.where('f.status', '=', filter.status);
  if (filter.draftsOf === 'none') qb = qb.where('f.status', '<>', 'draft');
  else if (filter.draftsOf !== 'all') {
    const partner = filter.draftsOf;
    qb = qb.where((eb) => eb.or([eb('f.status', '<>', 'draft'), eb('f.partner_id', '=', partner)]));
  }
  if (query.q) {
    const like = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('f.title', 'ilike', like), eb('f.xform_id', 'ilike', like)]));
  }
  return paginate(qb, query, sortColumns, 'f.id');
}

export const findForm = (db: Db, id: string) => formsQuery(db).where('f.id', '=', id).executeTakeFirst();
export const findFormByXFormId = (db: Db, xformId: string) =>
  formsQuery(db).where('f.xform_id', '=', xformId).executeTakeFirst();

export async function lockForm(db: Db, id: string) {
  return rdb(db)
    .selectFrom('research_forms')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertForm(
  db: Db,
  row: {
    xformId: string;
    partnerId: string;
    title: string;
    anonymous: boolean;
    status: string;
    languages: string[];
    voucherPence: number;
    createdBy: string | null;
  },
) {
  return rdb(db)
    .insertInto('research_forms')
    .values({
      xform_id: row.xformId,
      partner_id: row.partnerId,
      title: row.title,
      anonymous: row.anonymous,
      status: row.status,
      languages: JSON.stringify(row.languages),
      voucher_pence: row.voucherPence,
      created_by: row.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateForm(
  db: Db,
  id: string,
  set: Partial<{ title: string; status: string; anonymous: boolean; voucher_pence: number; languages: string }>,
) {
  await rdb(db)
    .updateTable('research_forms')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertVersion(
  db: Db,
  row: {
    formId: string;
    version: string;
    xml: string;
    md5: string;
    schema: unknown;
    source: string;
    createdBy: string | null;
  },
) {
  return rdb(db)
    .insertInto('research_form_versions')
    .values({
      form_id: row.formId,
      version: row.version,
      xml: row.xml,
      md5: row.md5,
      schema: JSON.stringify(row.schema),
      source: row.source,
      created_by: row.createdBy,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function listVersions(db: Db, formId: string) {
  return rdb(db)
    .selectFrom('research_form_versions')
    .select(['id', 'version', 'md5', 'source', 'created_at'])
    .where('form_id', '=', formId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findVersion(db: Db, formId: string, version: string) {
  return rdb(db)
    .selectFrom('research_form_versions')
    .select(['id', 'version', 'xml', 'md5', 'schema'])
    .where('form_id', '=', formId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function latestVersion(db: Db, formId: string) {
  return rdb(db)
    .selectFrom('research_form_versions')
    .select(['id', 'version', 'xml', 'md5', 'schema'])
    .where('form_id', '=', formId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function countSubmissions(db: Db, formId: string): Promise<number> {
  const r = await rdb(db)
    .selectFrom('research_submissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('form_id', '=', formId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Open forms for a device's formList, newest version each. */
export async function openFormsWithLatest(db: Db, xformId?: string) {
  let qb = rdb(db)
    .selectFrom('research_forms as f')
    .innerJoin('research_form_versions as v', 'v.form_id', 'f.id')
    .select(['f.id', 'f.xform_id', 'f.title', 'v.version', 'v.md5'])
    .distinctOn('f.id')
    .where('f.status', '=', 'open')
    .orderBy('f.id')
    .orderBy('v.created_at', 'desc');
  if (xformId) qb = qb.where('f.xform_id', '=', xformId);
  return qb.execute();
}
