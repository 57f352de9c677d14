import type { Db } from '../../db/tx';
import { rdb } from './research.tables';

/** Device tokens (OpenRosa credentials): only the SHA-256 of a token is stored. */

export async function insertDeviceToken(db: Db, row: { userId: string; tokenHash: string; label: string }) {
  return rdb(db)
    .insertInto('research_device_tokens')
    .values({ user_id: row.userId, token_hash: row.tokenHash, label: row.label })
    .returning(['id', 'label', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function listDeviceTokens(db: Db, userId: string) {
  return rdb(db)
    .selectFrom('research_device_tokens')
    .select(['id', 'label', 'created_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function revokeDeviceToken(db: Db, userId: string, id: string) {
  return rdb(db)
    .updateTable('research_device_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(['id', 'token_hash', 'revoked_at'])
    .executeTakeFirst();
}

/** The live token's holder. Device tokens belong to identity (DESIGN §3); the research module hosts them for now. */
export async function findDeviceHolder(db: Db, tokenHash: string) {
  return rdb(db)
    .selectFrom('research_device_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id as token_id', 'u.id as user_id', 'u.email', 'u.role', 'u.partner_id', 'u.disabled'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
}
