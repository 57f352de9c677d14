import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';

export type MacroAssetSort = 'name' | 'kind' | 'status' | 'investmentValue';

const columns = [
  'macro_assets.id',
  'macro_assets.slug',
  'macro_assets.name',
  'macro_assets.kind',
  'macro_assets.status',
  'macro_assets.investment_value',
  'macro_assets.lat',
  'macro_assets.lng',
  'macro_assets.boundary',
  'macro_assets.group_name',
  'macro_assets.phases',
  'macro_assets.description',
  'macro_assets.owner_partner_id',
  'partners.slug as owner_slug',
  'partners.name as owner_name',
] as const;

function base(db: Db) {
  return db
    .selectFrom('macro_assets')
    .innerJoin('partners', 'partners.id', 'macro_assets.owner_partner_id')
    .select(columns);
}

export async function listMacroAssets(db: Db, query: ListQuery<MacroAssetSort> & { kind?: string | undefined }) {
  let qb = base(db);
  if (query.kind) qb = qb.where('macro_assets.kind', '=', query.kind);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('macro_assets.name', 'ilike', p), eb('macro_assets.description', 'ilike', p)]));
  }
  return paginate(
    qb,
    query,
    {
      name: 'macro_assets.name',
      kind: 'macro_assets.kind',
      status: 'macro_assets.status',
      investmentValue: 'macro_assets.investment_value',
    },
    'macro_assets.id',
  );
}

export const findMacroAsset = (db: Db, id: string, byId: boolean) =>
  base(db)
    .where(byId ? 'macro_assets.id' : 'macro_assets.slug', '=', id)
    .executeTakeFirst();

export type MacroAssetRow = NonNullable<Awaited<ReturnType<typeof findMacroAsset>>>;

export async function insertMacroAsset(
  db: Db,
  a: {
    slug: string;
    name: string;
    kind: string;
    owner_partner_id: string;
    investment_value: string | number | null;
    status: string;
    lat: number | null;
    lng: number | null;
    boundary: unknown;
    group_name: string | null;
    site_id: string | null;
    phases: unknown[];
    description: string;
  },
) {
  return db
    .insertInto('macro_assets')
    .values({
      ...a,
      boundary: a.boundary == null ? null : JSON.stringify(a.boundary),
      phases: JSON.stringify(a.phases),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
