import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { rdb } from './research.tables';

export async function ledger(db: Db, researcherId: string) {
  return rdb(db)
    .selectFrom('research_voucher_entries as e')
    .leftJoin('research_forms as f', 'f.id', 'e.form_id')
    .select(['e.id', 'e.kind', 'e.amount_pence', 'e.note', 'e.entered_on', 'f.title as form_title'])
    .where('e.researcher_id', '=', researcherId)
    .orderBy('e.entered_on', 'desc')
    .orderBy('e.kind')
    .limit(1000)
    .execute();
}

export async function balance(db: Db, researcherId: string) {
  const r = await sql<{ issued: number; redeemed: number; completed: number }>`
    select coalesce(sum(amount_pence) filter (where kind = 'issue'), 0)::int as issued,
           coalesce(sum(amount_pence) filter (where kind = 'redemption'), 0)::int as redeemed,
           (count(*) filter (where kind = 'issue' and form_id is not null and note = 'completed questionnaire'))::int as completed
    from research_voucher_entries where researcher_id = ${researcherId}`.execute(db);
  return r.rows[0]!;
}

/** Serialises ledger writes for one researcher so a redemption can never overdraw the balance. */
export async function lockResearcher(db: Db, researcherId: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`vouchers:${researcherId}`}, 0))`.execute(db);
}

export async function insertEntry(
  db: Db,
  e: {
    researcherId: string;
    kind: 'issue' | 'redemption';
    amountPence: number;
    note: string;
    day: string;
    by: string | null;
  },
) {
  return rdb(db)
    .insertInto('research_voucher_entries')
    .values({
      researcher_id: e.researcherId,
      kind: e.kind,
      amount_pence: e.amountPence,
      note: e.note,
      entered_on: e.day,
      entered_by: e.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findResearcher(db: Db, id: string) {
  return rdb(db)
    .selectFrom('users')
    .select(['id', 'role', 'partner_id', 'email'])
    .where('id', '=', id)
    .executeTakeFirst();
}
