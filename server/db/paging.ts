import { sql, type SelectQueryBuilder } from 'kysely';
import { parseSort, type ListQuery } from '../lib/paging';

/**
 * Runs a filtered select as one page: a count over the same filters, then the ordered slice.
 * sortColumns maps each public sort name to a column reference; a stable tie-break on `id` keeps paging deterministic.
 */
export async function paginate<DB, TB extends keyof DB, O, S extends string>(
  qb: SelectQueryBuilder<DB, TB, O>,
  query: ListQuery<S>,
  sortColumns: Record<S, string>,
  tieBreak = 'id',
): Promise<{ items: O[]; total: number }> {
  const { field, direction } = parseSort<S>(query.sort);
  // One round trip: the window count rides along with the page. Kysely cannot type a column chosen at
  // run time; the names come from a fixed map, never from the client.
  const rows = (await qb
    .select(sql<number>`count(*) over ()`.as('__total') as never)
    .orderBy(sortColumns[field] as never, direction)
    .orderBy(tieBreak as never, 'asc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute()) as (O & { __total?: number })[];
  if (rows.length === 0) return { items: [], total: query.page > 1 ? await countAll(qb) : 0 };
  const total = Number(rows[0]!.__total ?? 0);
  return { items: rows.map(({ __total: _, ...item }) => item as O), total };
}

/** The count alone, for a page past the end (where the window count has no row to ride on). */
async function countAll<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  const counted = await (qb as unknown as SelectQueryBuilder<DB, TB, object>)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirst();
  return Number((counted as { total?: number } | undefined)?.total ?? 0);
}

/** Escapes LIKE wildcards so a search for "50%" means the text, not a pattern. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
