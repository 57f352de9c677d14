import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';

export type OpportunitySort = 'title' | 'closesOn' | 'value' | 'createdAt';

export interface OpportunityFilter {
  kind?: string | undefined;
  status?: string | undefined;
  macroAssetId?: string | undefined;
  areaId?: string | undefined;
  occupation?: string | undefined;
  /** drafts of other partners are hidden unless the viewer sees every partner */
  draftsOf: { kind: 'all' } | { kind: 'partner'; partnerId: string };
}

function base(db: Db) {
  return db
    .selectFrom('opportunities as o')
    .innerJoin('partners as p', 'p.id', 'o.partner_id')
    .leftJoin('macro_assets as m', 'm.id', 'o.macro_asset_id')
    .leftJoin('areas as a', 'a.id', 'o.area_id')
    .selectAll('o')
    .select([
      'p.slug as partner_slug',
      'p.name as partner_name',
      'm.slug as macro_asset_slug',
      'm.name as macro_asset_name',
      'a.slug as area_slug',
      'a.name as area_name',
    ]);
}

export async function listOpportunities(db: Db, filter: OpportunityFilter, query: ListQuery<OpportunitySort>) {
  let qb = base(db);
  if (filter.kind) qb = qb.where('o.kind', '=', filter.kind);
  if (filter.status) qb = qb.where('o.status', '=', filter.status);
  if (filter.macroAssetId) qb = qb.where('o.macro_asset_id', '=', filter.macroAssetId);
  if (filter.areaId) qb = qb.where('o.area_id', '=', filter.areaId);
  if (filter.occupation) {
    const code = filter.occupation;
    qb = qb.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('opportunity_occupations as oo')
          .select('oo.opportunity_id')
          .whereRef('oo.opportunity_id', '=', 'o.id')
          .where('oo.occupation_code', '=', code),
      ),
    );
  }
  const drafts = filter.draftsOf;
  if (drafts.kind === 'partner')
    qb = qb.where((eb) => eb.or([eb('o.status', '<>', 'draft'), eb('o.partner_id', '=', drafts.partnerId)]));
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('o.title', 'ilike', p), eb('o.description', 'ilike', p)]));
  }
  return paginate(
    qb,
    query,
    { title: 'o.title', closesOn: 'o.closes_on', value: 'o.value', createdAt: 'o.created_at' },
    'o.id',
  );
}

export const findOpportunity = (db: Db, id: string) => base(db).where('o.id', '=', id).executeTakeFirst();

export type OpportunityRow = NonNullable<Awaited<ReturnType<typeof findOpportunity>>>;

/** Locks the row for the rest of the transaction, so two concurrent edits cannot both pass the version check. */
export const lockOpportunity = (db: Db, id: string) =>
  db.selectFrom('opportunities').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();

/** Occupation codes with English labels, per opportunity. */
export async function occupationsOf(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { code: string; label: string }[]>();
  const rows = await db
    .selectFrom('opportunity_occupations as oo')
    .innerJoin('occupations as c', 'c.code', 'oo.occupation_code')
    .select(['oo.opportunity_id', 'c.code', 'c.labels'])
    .where('oo.opportunity_id', 'in', ids)
    .orderBy('c.code')
    .execute();
  const byId = new Map<string, { code: string; label: string }[]>();
  for (const r of rows) {
    const list = byId.get(r.opportunity_id) ?? [];
    list.push({ code: r.code, label: r.labels.en ?? r.code });
    byId.set(r.opportunity_id, list);
  }
  return byId;
}

export interface OpportunityColumns {
  partner_id: string;
  macro_asset_id: string | null;
  kind: string;
  title: string;
  description: string;
  qualifications: string[];
  english_level: string | null;
  legal_gates: string[];
  area_id: string | null;
  lat: number | null;
  lng: number | null;
  quantity: number;
  value: string | null;
  opens_on: string | null;
  closes_on: string | null;
  status: string;
}

/** jsonb columns go in as JSON text. */
function encode(c: Partial<OpportunityColumns>) {
  const { qualifications, legal_gates, ...rest } = c;
  return {
    ...rest,
    ...(qualifications ? { qualifications: JSON.stringify(qualifications) } : {}),
    ...(legal_gates ? { legal_gates: JSON.stringify(legal_gates) } : {}),
  };
}

export async function insertOpportunity(db: Db, c: OpportunityColumns) {
  return db
    .insertInto('opportunities')
    .values({
      ...c,
      qualifications: JSON.stringify(c.qualifications),
      legal_gates: JSON.stringify(c.legal_gates),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateOpportunity(db: Db, id: string, version: number, c: Partial<OpportunityColumns>) {
  await db
    .updateTable('opportunities')
    .set({ ...encode(c), version, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setOccupations(db: Db, id: string, codes: readonly string[]) {
  await db.deleteFrom('opportunity_occupations').where('opportunity_id', '=', id).execute();
  if (codes.length > 0)
    await db
      .insertInto('opportunity_occupations')
      .values([...new Set(codes)].map((code) => ({ opportunity_id: id, occupation_code: code })))
      .execute();
}

export async function insertChange(
  db: Db,
  c: {
    opportunity_id: string;
    version: number;
    actor_user_id: string | null;
    actor_email: string | null;
    change: 'create' | 'update' | 'delete';
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
) {
  await db
    .insertInto('opportunity_changes')
    .values({
      ...c,
      before: c.before === null ? null : JSON.stringify(c.before),
      after: c.after === null ? null : JSON.stringify(c.after),
    })
    .execute();
}

export const listChanges = (db: Db, id: string) =>
  db
    .selectFrom('opportunity_changes')
    .select(['version', 'at', 'actor_email', 'change', 'before', 'after'])
    .where('opportunity_id', '=', id)
    .orderBy('version')
    .orderBy('id')
    .execute();
