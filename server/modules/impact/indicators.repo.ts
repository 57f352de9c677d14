import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { idb } from './impact.tables';

export interface IndicatorRow {
  id: string;
  code: string;
  name: string;
  definition_text: string;
  unit: string;
  period: string;
  baseline: string;
  work_package_id: string | null;
  macro_asset_id: string | null;
  method: string;
  query: unknown;
  published: boolean;
  headline: boolean;
  position: number;
  version: number;
  updated_at: Date;
}

export interface IndicatorFilter {
  workPackageId?: string | undefined;
  macroAssetId?: string | undefined;
  headline?: boolean | undefined;
  publishedOnly?: boolean | undefined;
  q?: string | undefined;
}

export async function listIndicators(db: Db, f: IndicatorFilter): Promise<IndicatorRow[]> {
  let q = idb(db).selectFrom('impact_indicators').selectAll();
  if (f.workPackageId) q = q.where('work_package_id', '=', f.workPackageId);
  if (f.macroAssetId) q = q.where('macro_asset_id', '=', f.macroAssetId);
  if (f.headline !== undefined) q = q.where('headline', '=', f.headline);
  if (f.publishedOnly) q = q.where('published', '=', true);
  if (f.q) q = q.where(sql<boolean>`strpos(lower(name), lower(${f.q})) > 0`);
  return (await q.orderBy('position').orderBy('code').execute()) as IndicatorRow[];
}

export async function findIndicator(db: Db, code: string): Promise<IndicatorRow | undefined> {
  return (await idb(db).selectFrom('impact_indicators').selectAll().where('code', '=', code).executeTakeFirst()) as
    IndicatorRow | undefined;
}

export interface NewIndicatorRow {
  code: string;
  name: string;
  definition_text: string;
  unit: string;
  period: string;
  baseline: number;
  work_package_id: string | null;
  macro_asset_id: string | null;
  method: string;
  query: string | null;
  published: boolean;
  headline: boolean;
  position: number;
}

export async function insertIndicator(db: Db, row: NewIndicatorRow): Promise<{ id: string }> {
  return idb(db).insertInto('impact_indicators').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Writes only when the version still matches (optimistic concurrency); undefined when it did not. */
export async function updateIndicator(db: Db, id: string, version: number, row: Omit<NewIndicatorRow, 'code'>) {
  return idb(db)
    .updateTable('impact_indicators')
    .set({ ...row, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

export async function replaceTargets(
  db: Db,
  indicatorId: string,
  targets: readonly { start: string; end: string; target: number }[],
): Promise<void> {
  await idb(db).deleteFrom('impact_targets').where('indicator_id', '=', indicatorId).execute();
  if (targets.length)
    await idb(db)
      .insertInto('impact_targets')
      .values(
        targets.map((t) => ({ indicator_id: indicatorId, period_start: t.start, period_end: t.end, target: t.target })),
      )
      .execute();
}

export async function targetsFor(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return idb(db)
    .selectFrom('impact_targets')
    .select(['indicator_id', 'period_start', 'period_end', 'target'])
    .where('indicator_id', 'in', ids)
    .orderBy('period_start')
    .execute();
}

/** Manual results summed per indicator, month of the period's start and (optionally) area. */
export async function manualMonthly(db: Db, ids: readonly string[], range?: { from: string; to: string }) {
  if (!ids.length) return [];
  let q = idb(db)
    .selectFrom('impact_manual_results')
    .select([
      'indicator_id',
      'area_id',
      sql<string>`to_char(period_start, 'YYYY-MM')`.as('month'),
      sql<string>`sum(value)`.as('value'),
    ])
    .where('indicator_id', 'in', ids);
  if (range) q = q.where('period_start', '>=', range.from).where('period_start', '<=', range.to);
  return q.groupBy(['indicator_id', 'area_id', sql`to_char(period_start, 'YYYY-MM')`]).execute();
}

export async function insertManualResult(
  db: Db,
  row: {
    indicator_id: string;
    period_start: string;
    period_end: string;
    value: number;
    area_id: string | null;
    evidence_url: string | null;
    evidence_name: string | null;
    evidence_type: string | null;
    evidence_data: Buffer | null;
    note: string;
    created_by: string | null;
  },
): Promise<{ id: string }> {
  return idb(db).insertInto('impact_manual_results').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function manualResults(db: Db, indicatorId: string, range?: { from: string; to: string }) {
  let q = idb(db)
    .selectFrom('impact_manual_results')
    .select(['id', 'period_start', 'period_end', 'value', 'area_id', 'evidence_url', 'evidence_name', 'note'])
    .where('indicator_id', '=', indicatorId);
  if (range) q = q.where('period_start', '>=', range.from).where('period_start', '<=', range.to);
  return q.orderBy('period_start', 'desc').execute();
}

export async function manualEvidence(db: Db, resultId: string) {
  return idb(db)
    .selectFrom('impact_manual_results')
    .select(['indicator_id', 'evidence_name', 'evidence_type', 'evidence_data', 'evidence_url'])
    .where('id', '=', resultId)
    .executeTakeFirst();
}
