import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import { pdb } from './researchers.tables';

export async function themesOf(db: Db, partnerId: string) {
  return pdb(db)
    .selectFrom('research_themes')
    .where('partner_id', '=', partnerId)
    .select(['id', 'name', 'description'])
    .orderBy('name')
    .execute();
}

export async function codesOf(db: Db, partnerId: string) {
  return pdb(db)
    .selectFrom('research_codes as c')
    .where('c.partner_id', '=', partnerId)
    .select([
      'c.id',
      'c.name',
      'c.description',
      'c.theme_id',
      (eb) =>
        eb
          .selectFrom('research_coded_segments as s')
          .whereRef('s.code_id', '=', 'c.id')
          .select(sql<number>`count(*)`.as('n'))
          .as('uses'),
    ])
    .orderBy('c.name')
    .execute();
}

export async function findCode(db: Db, id: string) {
  return pdb(db)
    .selectFrom('research_codes')
    .where('id', '=', id)
    .select(['id', 'partner_id', 'name'])
    .executeTakeFirst();
}

export async function findTheme(db: Db, id: string) {
  return pdb(db).selectFrom('research_themes').where('id', '=', id).select(['id', 'partner_id']).executeTakeFirst();
}

export async function insertTheme(db: Db, t: { partnerId: string; name: string; description: string }) {
  const row = await pdb(db)
    .insertInto('research_themes')
    .values({ partner_id: t.partnerId, name: t.name, description: t.description })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCode(
  db: Db,
  c: { partnerId: string; name: string; description: string; themeId: string | null },
) {
  const row = await pdb(db)
    .insertInto('research_codes')
    .values({ partner_id: c.partnerId, name: c.name, description: c.description, theme_id: c.themeId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every coded segment under a theme, with what is needed to decide whether its quote may be shown. */
export async function themedSegments(db: Db, scope: PartnerScope, partnerId: string) {
  let q = pdb(db)
    .selectFrom('research_coded_segments as s')
    .innerJoin('research_codes as c', 'c.id', 's.code_id')
    .innerJoin('research_interviews as i', 'i.id', 's.interview_id')
    .where('c.partner_id', '=', partnerId)
    .where('c.theme_id', 'is not', null);
  if (scope.kind === 'partner') q = q.where('i.partner_id', '=', scope.partnerId);
  return q
    .select([
      'c.theme_id',
      's.interview_id',
      's.start_offset',
      's.end_offset',
      'i.transcript',
      'i.consent_recorded',
      'i.quote_consent',
      'i.interviewee_label',
    ])
    .orderBy('i.interviewed_on', 'desc')
    .orderBy('s.start_offset')
    .execute();
}
