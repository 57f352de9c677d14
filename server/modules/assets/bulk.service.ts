import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { orderedUuid } from './bulk.ids';
import { RefResolver, type FieldProblem } from './bulk.refs.service';
import * as repo from './bulk.repo';
import type { createMicroAssetBody } from './micro-assets.schemas';
import { areaProblem, locationProblem, visibilityProblem, type OwnerType } from './micro-assets.rules';
import { snapshotOf, toOpportunityView, type Ref } from './opportunities.mappers';
import type { OpportunityRow } from './opportunities.repo';
import { datesProblem, moneyString } from './opportunities.rules';
import type { createOpportunityBody } from './opportunities.schemas';
import type { z } from 'zod';

/**
 * Many opportunities or micro-assets at once, for imports: the same rules as createOpportunity and
 * createMicroAsset (bulk.test.ts proves they agree), but each reference is looked up once per file and rows
 * go in with multi-row statements, so 50,000 rows take seconds rather than minutes. The caller owns the
 * transaction: a commit runs check and insert in one, and any problem writes nothing.
 */

export type OpportunityRowInput = z.output<typeof createOpportunityBody>;
export type MicroAssetRowInput = z.output<typeof createMicroAssetBody>;

export interface RowProblem extends FieldProblem {
  row: number;
}

export interface CheckedOpportunity {
  row: number;
  columns: repo.OpportunityInsert;
  occupations: string[];
  /** what the history snapshot names: made only when the row is inserted */
  refs: { partner: Ref; macro: Ref | null; area: Ref | null };
}

export interface CheckedMicroAsset {
  row: number;
  columns: repo.MicroAssetInsert;
}

export const newResolver = (deps: Deps, ctx: RequestContext) => new RefResolver(deps, ctx);

/** One opportunity row against the rules; problems for the row, or the columns to insert. */
async function checkOpportunity(
  r: RefResolver,
  row: number,
  input: OpportunityRowInput,
): Promise<{ problems: FieldProblem[]; checked?: CheckedOpportunity }> {
  const problems: FieldProblem[] = [];
  const dates = datesProblem(input.opensOn ?? null, input.closesOn ?? null);
  if (dates) problems.push({ field: 'closesOn', message: dates });
  const macro = input.macroAsset ? await r.macroAsset(input.macroAsset) : null;
  if (input.macroAsset && !macro)
    problems.push({ field: 'macroAsset', message: `unknown macro-asset ${input.macroAsset}` });
  const partner = await r.owningPartner('opportunities.create', input.partner, macro?.ownerSlug);
  if (!partner.ok) problems.push(partner.problem);
  const area = input.area ? await r.area(input.area) : null;
  if (input.area && !area) problems.push({ field: 'area', message: `unknown area ${input.area}` });
  for (const code of input.occupations)
    if (r.occupationLabel(code) === null)
      problems.push({ field: 'occupations', message: `unknown occupation code ${code}` });
  if (problems.length > 0 || !partner.ok) return { problems };
  const columns: repo.OpportunityInsert = {
    id: orderedUuid(),
    partner_id: partner.value.id,
    macro_asset_id: macro?.id ?? null,
    kind: input.kind,
    title: input.title,
    description: input.description,
    qualifications: input.qualifications,
    english_level: input.englishLevel ?? null,
    legal_gates: [...new Set(input.legalGates)],
    area_id: area?.id ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    quantity: input.quantity,
    value: input.value === undefined || input.value === null ? null : moneyString(input.value),
    opens_on: input.opensOn ?? null,
    closes_on: input.closesOn ?? null,
    status: input.status,
  };
  const occupations = [...new Set(input.occupations)];
  return { problems, checked: { row, columns, occupations, refs: { partner: partner.value, macro, area } } };
}

/** The history snapshot of version 1, made by the same mapper the single create uses (it keeps codes, not labels). */
function snapshotOfChecked({ columns, occupations, refs }: CheckedOpportunity): Record<string, unknown> {
  const now = new Date();
  const row: OpportunityRow = {
    ...columns,
    version: 1,
    created_at: now,
    updated_at: now,
    partner_slug: refs.partner.slug,
    partner_name: refs.partner.name,
    macro_asset_slug: refs.macro?.slug ?? null,
    macro_asset_name: refs.macro?.name ?? null,
    area_slug: refs.area?.slug ?? null,
    area_name: refs.area?.name ?? null,
  };
  const codes = [...occupations].sort().map((code) => ({ code, label: code }));
  return snapshotOf(toOpportunityView(row, codes));
}

export async function checkOpportunities(
  r: RefResolver,
  rows: readonly { row: number; input: OpportunityRowInput }[],
): Promise<{ problems: RowProblem[]; checked: CheckedOpportunity[] }> {
  await r.loadOccupations(rows.flatMap((x) => x.input.occupations));
  const problems: RowProblem[] = [];
  const checked: CheckedOpportunity[] = [];
  for (const { row, input } of rows) {
    const result = await checkOpportunity(r, row, input);
    problems.push(...result.problems.map((p) => ({ row, ...p })));
    if (result.checked) checked.push(result.checked);
  }
  return { problems, checked };
}

type OwnerColumns = Pick<repo.MicroAssetInsert, 'partner_id' | 'resident_id' | 'owner_partner_id'> & {
  ownerAreaId: string | null;
  defaultAreaId: string | null;
};

/** The owner and recording partner a row names: createMicroAsset's ownerColumns, as row problems. */
async function ownerOf(
  r: RefResolver,
  input: MicroAssetRowInput,
  problems: FieldProblem[],
): Promise<OwnerColumns | null> {
  const owner = input.owner;
  if (owner.type === 'resident') {
    const resident = await r.resident(owner.resident);
    if (!resident) problems.push({ field: 'owner.resident', message: 'unknown resident' });
    const named = input.partner ? await r.partner(input.partner) : null;
    if (input.partner && !named) problems.push({ field: 'partner', message: `unknown partner ${input.partner}` });
    if (named && resident && named.id !== resident.partnerId)
      problems.push({ field: 'partner', message: "must be the resident's partner" });
    if (!resident) return null;
    const base = { partner_id: resident.partnerId, resident_id: resident.id, owner_partner_id: null };
    return { ...base, ownerAreaId: null, defaultAreaId: resident.areaId };
  }
  if (owner.type === 'partner') {
    const ownerPartner = await r.partner(owner.partner);
    if (!ownerPartner) problems.push({ field: 'owner.partner', message: `unknown partner ${owner.partner}` });
    const recorder = await r.owningPartner('micro-assets.create', input.partner, ownerPartner?.slug);
    if (!recorder.ok) problems.push(recorder.problem);
    if (!ownerPartner || !recorder.ok) return null;
    const base = { partner_id: recorder.value.id, resident_id: null, owner_partner_id: ownerPartner.id };
    return { ...base, ownerAreaId: null, defaultAreaId: null };
  }
  const area = await r.area(owner.area);
  if (!area) problems.push({ field: 'owner.area', message: `unknown area ${owner.area}` });
  const recorder = await r.owningPartner('micro-assets.create', input.partner);
  if (!recorder.ok) problems.push(recorder.problem);
  if (!area || !recorder.ok) return null;
  return {
    partner_id: recorder.value.id,
    resident_id: null,
    owner_partner_id: null,
    ownerAreaId: area.id,
    defaultAreaId: area.id,
  };
}

async function checkMicroAsset(r: RefResolver, row: number, input: MicroAssetRowInput) {
  const problems: FieldProblem[] = [];
  const owner = await ownerOf(r, input, problems);
  const ownerType = input.owner.type as OwnerType;
  const location = locationProblem(ownerType, Boolean(input.location));
  if (location) problems.push({ field: 'location', message: location });
  const visibility = visibilityProblem(ownerType, input.visibility);
  if (visibility) problems.push({ field: 'visibility', message: visibility });
  const area = input.area ? await r.area(input.area) : null;
  if (input.area && !area) problems.push({ field: 'area', message: `unknown area ${input.area}` });
  const misplaced = area && owner ? areaProblem(ownerType, owner.ownerAreaId, area.id) : null;
  if (misplaced) problems.push({ field: 'area', message: misplaced });
  if (input.occupationCode && r.occupationLabel(input.occupationCode) === null)
    problems.push({ field: 'occupationCode', message: `unknown occupation code ${input.occupationCode}` });
  if (problems.length > 0 || !owner) return { problems };
  const columns: repo.MicroAssetInsert = {
    id: orderedUuid(),
    partner_id: owner.partner_id,
    category: input.category,
    kind: input.kind,
    name: input.name,
    description: input.description,
    occupation_code: input.occupationCode ?? null,
    owner_type: ownerType,
    resident_id: owner.resident_id,
    owner_partner_id: owner.owner_partner_id,
    area_id: area ? area.id : owner.defaultAreaId,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    provenance: input.provenance,
    source_ref: input.sourceRef ?? null,
    visibility: ownerType === 'resident' ? 'private' : (input.visibility ?? 'partners'),
    sensitive: input.sensitive,
  };
  return { problems, checked: { row, columns } };
}

export async function checkMicroAssets(
  r: RefResolver,
  rows: readonly { row: number; input: MicroAssetRowInput }[],
): Promise<{ problems: RowProblem[]; checked: CheckedMicroAsset[] }> {
  await r.loadOccupations(rows.flatMap((x) => (x.input.occupationCode ? [x.input.occupationCode] : [])));
  const problems: RowProblem[] = [];
  const checked: CheckedMicroAsset[] = [];
  for (const { row, input } of rows) {
    const result = await checkMicroAsset(r, row, input);
    problems.push(...result.problems.map((p) => ({ row, ...p })));
    if (result.checked) checked.push(result.checked);
  }
  return { problems, checked };
}

/** Inserts checked opportunities with their occupations and a version-1 history entry each. Run it in a transaction. */
export async function insertOpportunities(deps: Deps, ctx: RequestContext, rows: readonly CheckedOpportunity[]) {
  await repo.insertOpportunities(
    deps.db,
    rows.map((r) => r.columns),
  );
  await repo.insertOpportunityOccupations(
    deps.db,
    rows.flatMap((r) => r.occupations.map((code) => ({ opportunity_id: r.columns.id, occupation_code: code }))),
  );
  await repo.insertOpportunityChanges(
    deps.db,
    rows.map((r) => ({
      opportunity_id: r.columns.id,
      version: 1,
      actor_user_id: ctx.actor?.userId ?? null,
      actor_email: ctx.actor?.email ?? null,
      change: 'create',
      after: snapshotOfChecked(r),
    })),
  );
}

export async function insertMicroAssets(deps: Deps, rows: readonly CheckedMicroAsset[]) {
  await repo.insertMicroAssets(
    deps.db,
    rows.map((r) => r.columns),
  );
}
