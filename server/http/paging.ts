import { z } from 'zod';

/**
 * One list convention for every route: ?page=1&pageSize=25&sort=name|-name&q=text,
 * answered with { items, page, pageSize, total }.
 */
export function listQuery<const S extends string>(sortable: readonly [S, ...S[]], defaultSort: S | `-${S}`) {
  const sorts = sortable.flatMap((s) => [s, `-${s}`] as const) as [S | `-${S}`, ...(S | `-${S}`)[]];
  return z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
    sort: z.enum(sorts).default(defaultSort as never),
    q: z.string().trim().max(200).optional(),
  });
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}
