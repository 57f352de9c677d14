import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { recordAudit } from '../privacy/privacy.service';
import { checkOccupationCodes } from './occupations.service';
import { snapshotOf, type OpportunityView } from './opportunities.mappers';
import * as repo from './opportunities.repo';
import { changedFields, datesProblem, moneyString } from './opportunities.rules';
import { areaRef, macroAssetRef, owningPartner } from './refs.service';

/** Opportunity writes: checking what a request names, and recording each change in the history and the audit log. */

export interface OpportunityInput {
  kind?: string | undefined;
  title?: string | undefined;
  description?: string | undefined;
  partner?: string | undefined;
  macroAsset?: string | null | undefined;
  occupations?: string[] | undefined;
  qualifications?: string[] | undefined;
  englishLevel?: string | null | undefined;
  legalGates?: string[] | undefined;
  area?: string | null | undefined;
  location?: { lat: number; lng: number } | null | undefined;
  quantity?: number | undefined;
  value?: number | string | null | undefined;
  opensOn?: string | null | undefined;
  closesOn?: string | null | undefined;
  status?: string | undefined;
}
export type NewOpportunity = OpportunityInput & { kind: string; title: string };

/** Columns from the fields a request gives, after checking every reference it names. */
export async function columnsFrom(
  deps: Deps,
  ctx: RequestContext,
  input: OpportunityInput,
  isUpdate = false,
): Promise<Partial<repo.OpportunityColumns>> {
  const c: Partial<repo.OpportunityColumns> = {};
  const macro = input.macroAsset ? await macroAssetRef(deps, input.macroAsset, 'body.macroAsset') : null;
  if (input.macroAsset !== undefined) c.macro_asset_id = macro?.id ?? null;
  if (input.partner !== undefined || !isUpdate)
    c.partner_id = await owningPartner(deps, ctx, 'opportunities.create', input.partner, macro?.owner_slug);
  if (input.area !== undefined) c.area_id = input.area === null ? null : await areaRef(deps, input.area, 'body.area');
  if (input.occupations) await checkOccupationCodes(deps.db, input.occupations, (i) => `body.occupations.${i}`);
  if (input.location !== undefined) {
    c.lat = input.location?.lat ?? null;
    c.lng = input.location?.lng ?? null;
  }
  if (input.value !== undefined) c.value = input.value === null ? null : moneyString(input.value);
  const plain = { kind: input.kind, title: input.title, description: input.description, status: input.status };
  for (const [k, v] of Object.entries(plain)) if (v !== undefined) (c as Record<string, unknown>)[k] = v;
  if (input.qualifications) c.qualifications = input.qualifications;
  if (input.englishLevel !== undefined) c.english_level = input.englishLevel;
  if (input.legalGates) c.legal_gates = [...new Set(input.legalGates)];
  if (input.quantity !== undefined) c.quantity = input.quantity;
  if (input.opensOn !== undefined) c.opens_on = input.opensOn;
  if (input.closesOn !== undefined) c.closes_on = input.closesOn;
  return c;
}

export function checkDates(opensOn: string | null, closesOn: string | null): void {
  const problem = datesProblem(opensOn, closesOn);
  if (problem)
    throw new AppError('validation_failed', `closesOn: ${problem}`, {
      errors: [{ path: 'body.closesOn', message: problem }],
    });
}

export async function recordChange(
  deps: Deps,
  ctx: RequestContext,
  change: 'create' | 'update' | 'delete',
  before: OpportunityView | null,
  after: OpportunityView,
): Promise<void> {
  const b = before ? snapshotOf(before) : null;
  const a = snapshotOf(after);
  await repo.insertChange(deps.db, {
    opportunity_id: after.id,
    version: after.version,
    actor_user_id: ctx.actor?.userId ?? null,
    actor_email: ctx.actor?.email ?? null,
    change,
    before: b,
    after: a,
  });
  await recordAudit(deps.db, ctx, {
    action: `opportunity.${change}`,
    entity: 'opportunity',
    entityId: after.id,
    partnerId: after.publisher.partner.id,
    detail: { version: after.version, fields: b ? changedFields(b, a) : Object.keys(a).sort() },
  });
}
