import { sql } from 'kysely';
import { paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { cdb } from './activity.tables';

const columns = [
  'id',
  'week_start',
  'status',
  'intro',
  'highlights',
  'drafted_at',
  'approved_at',
  'sent_at',
  'version',
  'updated_at',
] as const;

export const findRoundup = (db: Db, id: string) =>
  cdb(db).selectFrom('roundups').select(columns).where('id', '=', id).executeTakeFirst();
export const findRoundupByWeek = (db: Db, weekStart: string) =>
  cdb(db).selectFrom('roundups').select(columns).where('week_start', '=', weekStart).executeTakeFirst();
export type RoundupRow = NonNullable<Awaited<ReturnType<typeof findRoundup>>>;

export type RoundupSort = 'weekStart';
export function listRoundups(db: Db, status: string | undefined, query: ListQuery<RoundupSort>) {
  let qb = cdb(db).selectFrom('roundups').select(columns);
  if (status) qb = qb.where('status', '=', status);
  return paginate(qb, query, { weekStart: 'week_start' });
}

/** Inserts the week's draft unless one exists (the week is unique): returns the id, or null when it existed. */
export async function insertRoundup(db: Db, r: { week_start: string; intro: string; highlights: string[] }) {
  const row = await cdb(db)
    .insertInto('roundups')
    .values({ ...r, highlights: JSON.stringify(r.highlights) })
    .onConflict((oc) => oc.column('week_start').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Applies a change if the round-up is still at `version` and in one of `from`; false otherwise. */
export async function updateRoundup(
  db: Db,
  id: string,
  version: number,
  from: string[],
  set: {
    intro?: string;
    highlights?: string[];
    status?: string;
    approved_by?: string | null;
    approved_at?: Date | null;
    sent_at?: Date;
  },
): Promise<boolean> {
  const { highlights, ...rest } = set;
  const res = await cdb(db)
    .updateTable('roundups')
    .set({
      ...rest,
      ...(highlights ? { highlights: JSON.stringify(highlights) } : {}),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const listContacts = (db: Db) =>
  cdb(db)
    .selectFrom('partner_contacts as c')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .select([
      'c.id',
      'c.partner_id',
      'c.name',
      'c.email',
      'c.language',
      'p.slug as partner_slug',
      'p.name as partner_name',
    ])
    .orderBy('p.name')
    .orderBy('c.email')
    .execute();
export type ContactRow = Awaited<ReturnType<typeof listContacts>>[number];

export const insertContact = (db: Db, c: { partner_id: string; name: string; email: string; language: string }) =>
  cdb(db)
    .insertInto('partner_contacts')
    .values(c)
    .onConflict((oc) => oc.columns(['partner_id', 'email']).doUpdateSet({ name: c.name, language: c.language }))
    .returning('id')
    .executeTakeFirstOrThrow();

export const deleteContact = (db: Db, id: string) =>
  cdb(db).deleteFrom('partner_contacts').where('id', '=', id).executeTakeFirst();

export const insertDelivery = (
  db: Db,
  d: { roundup_id: string; partner_id: string; email: string; language: string; mail_id: string | null },
) =>
  cdb(db)
    .insertInto('roundup_deliveries')
    .values(d)
    .onConflict((oc) => oc.columns(['roundup_id', 'email']).doNothing())
    .execute();

/** Who got the round-up, with what the mail outbox knows (queued, sent, bounced, failed). */
export const listDeliveries = (db: Db, roundupId: string) =>
  cdb(db)
    .selectFrom('roundup_deliveries as d')
    .innerJoin('partners as p', 'p.id', 'd.partner_id')
    .leftJoin('mail_outbox as m', 'm.id', 'd.mail_id')
    .select(['d.email', 'd.language', 'p.name as partner_name', 'm.status', 'm.last_error'])
    .where('d.roundup_id', '=', roundupId)
    .orderBy('p.name')
    .orderBy('d.email')
    .execute();
