import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope, type PartnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordActivity } from '../partnership/activity.service';
import { toOpportunityView, type OpportunityView } from './opportunities.mappers';
import {
  checkDates,
  columnsFrom,
  recordChange,
  type NewOpportunity,
  type OpportunityInput,
} from './opportunities.input.service';
import * as repo from './opportunities.repo';
import { canSeeOpportunity, changedColumns, occupationsChanged } from './opportunities.rules';
import { areaRef, macroAssetRef } from './refs.service';

export type { OpportunityView };
export type { NewOpportunity, OpportunityInput } from './opportunities.input.service';

export interface OpportunityFilters {
  kind?: string | undefined;
  status?: string | undefined;
  macroAsset?: string | undefined;
  area?: string | undefined;
  occupation?: string | undefined;
}

/** Whose drafts the caller sees: coordinators and the system see all; others their own partner's. */
const draftScope = (ctx: RequestContext): PartnerScope =>
  ctx.actor ? partnerScope(ctx.actor, 'opportunities.update') : { kind: 'all' };

function visible(ctx: RequestContext, row: repo.OpportunityRow): boolean {
  const scope = draftScope(ctx);
  const viewer = { partnerId: scope.kind === 'partner' ? scope.partnerId : '', allPartners: scope.kind === 'all' };
  return canSeeOpportunity(viewer, { partnerId: row.partner_id, status: row.status });
}

async function viewOf(deps: Deps, id: string): Promise<OpportunityView | undefined> {
  const row = await repo.findOpportunity(deps.db, id);
  if (!row) return undefined;
  return toOpportunityView(row, (await repo.occupationsOf(deps.db, [id])).get(id) ?? []);
}

const badQuery = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, { errors: [{ path: `querystring.${field}`, message }] });

export async function listOpportunities(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.OpportunitySort> & OpportunityFilters,
): Promise<Page<OpportunityView>> {
  const filter: repo.OpportunityFilter = {
    kind: query.kind,
    status: query.status,
    occupation: query.occupation,
    draftsOf: draftScope(ctx),
  };
  if (query.macroAsset) {
    const found = await macroAssetRef(deps, query.macroAsset, 'querystring.macroAsset').catch(() => undefined);
    if (!found) throw badQuery('macroAsset', `unknown macro-asset ${query.macroAsset}`);
    filter.macroAssetId = found.id;
  }
  if (query.area) {
    filter.areaId = await areaRef(deps, query.area, 'querystring.area').catch(() => undefined);
    if (!filter.areaId) throw badQuery('area', `unknown area ${query.area}`);
  }
  const { items, total } = await repo.listOpportunities(deps.db, filter, query);
  const occupations = await repo.occupationsOf(
    deps.db,
    items.map((r) => r.id),
  );
  return {
    items: items.map((r) => toOpportunityView(r, occupations.get(r.id) ?? [])),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** Finds an opportunity the caller may see; anything else (missing, another partner's draft) is 404. */
async function visibleRow(deps: Deps, ctx: RequestContext, id: string): Promise<repo.OpportunityRow> {
  const row = isUuid(id) ? await repo.findOpportunity(deps.db, id) : undefined;
  if (!row || !visible(ctx, row)) throw notFound('Opportunity');
  return row;
}

export async function getOpportunity(deps: Deps, ctx: RequestContext, id: string): Promise<OpportunityView> {
  const row = await visibleRow(deps, ctx, id);
  return toOpportunityView(row, (await repo.occupationsOf(deps.db, [id])).get(id) ?? []);
}

export async function createOpportunity(
  deps: Deps,
  ctx: RequestContext,
  input: NewOpportunity,
): Promise<{ id: string }> {
  checkDates(input.opensOn ?? null, input.closesOn ?? null);
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const c = await columnsFrom(d, ctx, input);
    const { id } = await repo.insertOpportunity(trx, {
      partner_id: c.partner_id!,
      macro_asset_id: c.macro_asset_id ?? null,
      kind: input.kind,
      title: input.title,
      description: c.description ?? '',
      qualifications: c.qualifications ?? [],
      english_level: c.english_level ?? null,
      legal_gates: c.legal_gates ?? [],
      area_id: c.area_id ?? null,
      lat: c.lat ?? null,
      lng: c.lng ?? null,
      quantity: c.quantity ?? 1,
      value: c.value ?? null,
      opens_on: c.opens_on ?? null,
      closes_on: c.closes_on ?? null,
      status: c.status ?? 'open',
    });
    await repo.setOccupations(trx, id, input.occupations ?? []);
    await recordChange(d, ctx, 'create', null, (await viewOf(d, id))!);
    await recordActivity(trx, {
      kind: 'opportunity',
      partnerId: c.partner_id!,
      subject: { type: 'opportunity', id },
      summary: `New ${input.kind.replace(/_/g, ' ')}: ${input.title}`,
      // a draft is its partner's until published
      visibility: (c.status ?? 'open') === 'draft' ? 'partner' : 'partners',
      actorUserId: ctx.actor?.userId,
    });
    return { id };
  });
}

/** Loads, locks and checks an opportunity for a write: visible, the caller's to change, and not stale. */
async function forWrite(deps: Deps, ctx: RequestContext, id: string, version: number | undefined) {
  const locked = isUuid(id) ? await repo.lockOpportunity(deps.db, id) : undefined;
  const row = locked ? await visibleRow(deps, ctx, id) : undefined;
  if (!row) throw notFound('Opportunity');
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'opportunities.update'), row.partner_id))
    throw new AppError('forbidden', "You can only change your own partner's opportunities");
  if (version !== undefined && version !== row.version)
    throw new AppError(
      'conflict',
      `The opportunity has changed since version ${version} (it is now version ${row.version}); reload and try again`,
    );
  return { row, view: (await viewOf(deps, id))! };
}

export async function updateOpportunity(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: OpportunityInput & { version: number },
  /** a record that extends this opportunity (a contract's OCDS details) is saved with it: a change in any case */
  options: { withDetails?: boolean } = {},
): Promise<OpportunityView> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const { row, view: before } = await forWrite(d, ctx, id, patch.version);
    const c = await columnsFrom(d, ctx, patch, true);
    checkDates(
      c.opens_on !== undefined ? c.opens_on : row.opens_on,
      c.closes_on !== undefined ? c.closes_on : row.closes_on,
    );
    const codes = before.occupations.map((o) => o.code);
    // Saving what is already there is not a change: no new version, so nobody else gets a conflict.
    const unchanged = changedColumns(c, row).length === 0 && !occupationsChanged(codes, patch.occupations);
    if (unchanged && !options.withDetails) return before;
    await repo.updateOpportunity(trx, id, row.version + 1, c);
    if (patch.occupations) await repo.setOccupations(trx, id, patch.occupations);
    const after = (await viewOf(d, id))!;
    await recordChange(d, ctx, 'update', before, after);
    return after;
  });
}

/** Archives (status cancelled) rather than deleting, so the history stays. Repeating it changes nothing. */
export async function deleteOpportunity(deps: Deps, ctx: RequestContext, id: string, version?: number): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const { view: before } = await forWrite(d, ctx, id, version);
    if (before.status === 'cancelled') return;
    await repo.updateOpportunity(trx, id, before.version + 1, { status: 'cancelled' });
    await recordChange(d, ctx, 'delete', before, (await viewOf(d, id))!);
  });
}

export interface HistoryEntry {
  version: number;
  at: string;
  actor: { email: string } | null;
  change: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export async function opportunityHistory(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<{ items: HistoryEntry[] }> {
  await visibleRow(deps, ctx, id);
  const rows = await repo.listChanges(deps.db, id);
  return {
    items: rows.map((r) => ({
      version: r.version,
      at: r.at.toISOString(),
      actor: r.actor_email ? { email: r.actor_email } : null,
      change: r.change as HistoryEntry['change'],
      before: r.before,
      after: r.after,
    })),
  };
}
