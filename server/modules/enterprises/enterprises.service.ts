import type { Db } from '../../db/tx';
import * as repo from './enterprises.repo';

/** What other modules (start-ups, mentors, contracts, bids, awards, impact) show of an enterprise. */
export interface EnterpriseRef {
  id: string;
  name: string;
  markets: string[];
  area: { id: string; name: string } | null;
}

/** Enterprises by id, for other modules' views; unknown ids are simply absent from the map. */
export async function enterpriseRefs(db: Db, ids: readonly string[]): Promise<Map<string, EnterpriseRef>> {
  const rows = await repo.refs(db, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        markets: r.markets,
        area: r.area_id && r.area_name ? { id: r.area_id, name: r.area_name } : null,
      },
    ]),
  );
}
