import type { SelectQueryBuilder } from 'kysely';
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
  // Kysely cannot type a column name chosen at run time; the names come from a fixed map, never the client.
  const counted = await (qb as unknown as SelectQueryBuilder<DB, TB, object>)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirst();
  const total = Number((counted as { total?: number } | undefined)?.total ?? 0);
  const items = await qb
    .orderBy(sortColumns[field] as never, direction)
    .orderBy(tieBreak as never, 'asc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { items, total };
}

/** Escapes LIKE wildcards so a search for "50%" means the text, not a pattern. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
