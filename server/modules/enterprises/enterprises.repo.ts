import type { Db } from '../../db/tx';
import { xdb } from './enterprises.tables';

/** Kysely queries for enterprises; everything else in the module reaches the table through here. */

export interface EnterpriseRefRow {
  id: string;
  name: string;
  markets: string[];
  area_id: string | null;
  area_name: string | null;
}

export async function refs(db: Db, ids: readonly string[]): Promise<EnterpriseRefRow[]> {
  if (ids.length === 0) return [];
  return xdb(db)
    .selectFrom('enterprises as e')
    .leftJoin('areas as a', 'a.id', 'e.area_id')
    .select(['e.id', 'e.name', 'e.markets', 'e.area_id', 'a.name as area_name'])
    .where('e.id', 'in', [...new Set(ids)])
    .execute();
}
