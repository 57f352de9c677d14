import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { rdb } from './research.tables';

/** Prize-draw and follow-up entries: no submission id, no time of day, so they cannot be joined to answers. */
export async function upsertEntry(
  db: Db,
  e: {
    formId: string;
    contactHash: string;
    contactSealed: string;
    prizeDraw: boolean;
    followUpConsent: boolean;
    day: string;
  },
) {
  await rdb(db)
    .insertInto('research_prize_entries')
    .values({
      form_id: e.formId,
      contact_hash: e.contactHash,
      contact_sealed: e.contactSealed,
      prize_draw: e.prizeDraw,
      follow_up_consent: e.followUpConsent,
      entered_on: e.day,
    })
    .onConflict((oc) =>
      oc.columns(['form_id', 'contact_hash']).doUpdateSet({
        prize_draw: sql<boolean>`research_prize_entries.prize_draw or excluded.prize_draw`,
        follow_up_consent: sql<boolean>`research_prize_entries.follow_up_consent or excluded.follow_up_consent`,
      }),
    )
    .execute();
}

export async function drawEntryHashes(db: Db, formId: string): Promise<string[]> {
  const rows = await rdb(db)
    .selectFrom('research_prize_entries')
    .select('contact_hash')
    .where('form_id', '=', formId)
    .where('prize_draw', '=', true)
    .orderBy('contact_hash')
    .execute();
  return rows.map((r) => r.contact_hash);
}

export async function findDraw(db: Db, formId: string) {
  return rdb(db).selectFrom('research_prize_draws').selectAll().where('form_id', '=', formId).executeTakeFirst();
}

export async function insertDraw(
  db: Db,
  d: {
    formId: string;
    seedPhrase: string;
    seed: string;
    winnerCount: number;
    entryHashes: string[];
    winners: string[];
    drawnBy: string | null;
  },
) {
  await rdb(db)
    .insertInto('research_prize_draws')
    .values({
      form_id: d.formId,
      seed_phrase: d.seedPhrase,
      seed: d.seed,
      winner_count: d.winnerCount,
      entry_hashes: JSON.stringify(d.entryHashes),
      winners: JSON.stringify(d.winners),
      drawn_by: d.drawnBy,
    })
    .execute();
}

export async function winnerContacts(db: Db, formId: string, hashes: string[]) {
  if (hashes.length === 0) return [];
  return rdb(db)
    .selectFrom('research_prize_entries')
    .select(['contact_hash', 'contact_sealed'])
    .where('form_id', '=', formId)
    .where('contact_hash', 'in', hashes)
    .execute();
}
