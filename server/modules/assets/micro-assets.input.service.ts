import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { assertResidentVisible, type ResidentRef } from '../residents/residents.service';
import type * as repo from './micro-assets.repo';
import { areaProblem, locationProblem, visibilityProblem, type OwnerType, type Visibility } from './micro-assets.rules';
import { checkOccupationCodes } from './occupations.service';
import { areaRef, owningPartner, partnerRef } from './refs.service';

/** Micro-asset writes: the owner a request names, and the place and terms checked against that owner. */

export type Owner =
  { type: 'resident'; resident: string } | { type: 'partner'; partner: string } | { type: 'area'; area: string };

export interface MicroAssetPatch {
  category?: string | undefined;
  kind?: string | undefined;
  name?: string | undefined;
  description?: string | undefined;
  occupationCode?: string | null | undefined;
  area?: string | null | undefined;
  location?: { lat: number; lng: number } | null | undefined;
  provenance?: string | undefined;
  sourceRef?: string | null | undefined;
  visibility?: Visibility | undefined;
  sensitive?: boolean | undefined;
}
export type NewMicroAsset = MicroAssetPatch & {
  category: string;
  kind: string;
  name: string;
  provenance: string;
  owner: Owner;
  partner?: string | undefined;
};

export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, { errors: [{ path: `body.${field}`, message }] });

async function residentOwner(deps: Deps, ctx: RequestContext, id: string): Promise<ResidentRef> {
  try {
    return await assertResidentVisible(deps, ctx, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found')
      throw new AppError('unprocessable', 'The resident does not exist, or is not one of your partner’s', {
        errors: [{ path: 'body.owner.resident', message: 'unknown resident' }],
      });
    throw err;
  }
}

/** The owner columns, the recording partner and the default area, from the owner a request names. */
export async function ownerColumns(deps: Deps, ctx: RequestContext, input: NewMicroAsset) {
  const owner = input.owner;
  if (owner.type === 'resident') {
    const resident = await residentOwner(deps, ctx, owner.resident);
    const named = input.partner ? await partnerRef(deps, input.partner, 'body.partner') : null;
    if (named && named.id !== resident.partnerId)
      throw new AppError('unprocessable', "A resident's asset is recorded by the resident's partner", {
        errors: [{ path: 'body.partner', message: "must be the resident's partner" }],
      });
    return {
      partnerId: resident.partnerId,
      residentId: resident.id,
      ownerPartnerId: null,
      ownerAreaId: null,
      areaId: resident.areaId,
    };
  }
  if (owner.type === 'partner') {
    const ownerPartner = await partnerRef(deps, owner.partner, 'body.owner.partner');
    const partnerId = await owningPartner(deps, ctx, 'micro-assets.create', input.partner, ownerPartner.slug);
    return { partnerId, residentId: null, ownerPartnerId: ownerPartner.id, ownerAreaId: null, areaId: null };
  }
  const areaId = await areaRef(deps, owner.area, 'body.owner.area');
  const partnerId = await owningPartner(deps, ctx, 'micro-assets.create', input.partner);
  return { partnerId, residentId: null, ownerPartnerId: null, ownerAreaId: areaId, areaId };
}

/** Checks the fields shared by create and update against the owner; returns the columns they set. */
export async function placeAndTerms(
  deps: Deps,
  ownerType: OwnerType,
  ownerAreaId: string | null,
  input: MicroAssetPatch,
): Promise<Partial<repo.MicroAssetColumns>> {
  const c: Partial<repo.MicroAssetColumns> = {};
  const location = locationProblem(ownerType, Boolean(input.location));
  if (location) throw invalid('location', location);
  const visibility = visibilityProblem(ownerType, input.visibility);
  if (visibility) throw invalid('visibility', visibility);
  if (input.area !== undefined) {
    c.area_id = input.area === null ? null : await areaRef(deps, input.area, 'body.area');
    const area = areaProblem(ownerType, ownerAreaId, c.area_id);
    if (area) throw invalid('area', area);
  }
  if (input.location !== undefined) {
    c.lat = input.location?.lat ?? null;
    c.lng = input.location?.lng ?? null;
  }
  if (input.occupationCode) await checkOccupationCodes(deps.db, [input.occupationCode], () => 'body.occupationCode');
  if (input.occupationCode !== undefined) c.occupation_code = input.occupationCode;
  const plain = {
    category: input.category,
    kind: input.kind,
    name: input.name,
    description: input.description,
    provenance: input.provenance,
    source_ref: input.sourceRef,
    visibility: input.visibility,
    sensitive: input.sensitive,
  };
  for (const [k, v] of Object.entries(plain)) if (v !== undefined) (c as Record<string, unknown>)[k] = v;
  return c;
}
