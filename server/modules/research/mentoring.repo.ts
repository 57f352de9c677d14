import type { Db } from '../../db/tx';
import { pdb } from './researchers.tables';

export async function listNotes(db: Db, researcherId: string) {
  return pdb(db)
    .selectFrom('research_mentoring_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_user_id')
    .where('n.researcher_id', '=', researcherId)
    .select(['n.id', 'n.body_enc', 'u.display_name as author', 'n.created_at'])
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .execute();
}

export async function insertNote(db: Db, researcherId: string, authorId: string | null, bodyEnc: string) {
  const row = await pdb(db)
    .insertInto('research_mentoring_notes')
    .values({ researcher_id: researcherId, author_user_id: authorId, body_enc: bodyEnc })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
