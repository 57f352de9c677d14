import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { getPartner } from '../identity/identity.directory.service';
import { partnersByIds } from '../identity/identity.partners.service';
import { findAreaId } from '../places/places.service';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './employers.repo';

/** Anchor employers (hospital trusts, social-care providers): a partner that posts vacancies and has employer users. */

export interface EmployerView {
  partner: { id: string; slug: string; name: string };
  kind: 'nhs_trust' | 'social_care' | 'other';
  location: { lat: number; lng: number } | null;
  active: boolean;
}

export async function listEmployers(deps: Deps, ctx: RequestContext): Promise<{ items: EmployerView[] }> {
  const scope = ctx.actor ? partnerScope(ctx.actor, 'employers.list') : { kind: 'all' as const };
  const rows = await repo.listEmployers(deps.db, scope.kind === 'partner' ? scope.partnerId : null);
  const partners = new Map(
    (
      await partnersByIds(
        deps,
        rows.map((r) => r.partner_id),
      )
    ).map((p) => [p.id, p]),
  );
  return {
    items: rows.flatMap((r) => {
      const p = partners.get(r.partner_id);
      if (!p) return [];
      return [
        {
          partner: { id: p.id, slug: p.slug, name: p.name },
          kind: r.kind as EmployerView['kind'],
          location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
          active: r.active,
        },
      ];
    }),
  };
}

export interface EmployerInput {
  partner: string;
  kind: EmployerView['kind'];
  area?: string | null | undefined;
  location?: { lat: number; lng: number } | null | undefined;
}

/** Registers a partner as an anchor employer; registering one twice changes nothing. */
export async function registerEmployer(
  deps: Deps,
  ctx: RequestContext,
  input: EmployerInput,
): Promise<{ created: boolean }> {
  const partner = await getPartner(deps, input.partner).catch(() => {
    throw new AppError('unprocessable', `partner: unknown partner ${input.partner}`, {
      errors: [{ path: 'body.partner', message: `unknown partner ${input.partner}` }],
    });
  });
  const areaId = input.area ? await findAreaId(deps, input.area) : null;
  if (input.area && !areaId)
    throw new AppError('unprocessable', `area: unknown area ${input.area}`, {
      errors: [{ path: 'body.area', message: `unknown area ${input.area}` }],
    });
  const created = await repo.upsertEmployer(deps.db, {
    partner_id: partner.id,
    kind: input.kind,
    area_id: areaId,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
  });
  if (created)
    await recordAudit(deps.db, ctx, {
      action: 'employer.create',
      entity: 'employer',
      entityId: partner.id,
      partnerId: partner.id,
      detail: { kind: input.kind },
    });
  return { created };
}

/** The employer a caller posts for: their own partner (employers), or the one named (coordinators). */
export async function employerFor(deps: Deps, partnerId: string) {
  const row = await repo.findEmployer(deps.db, partnerId);
  if (!row || !row.active)
    throw new AppError('unprocessable', 'This partner is not a registered anchor employer', {
      errors: [{ path: 'body.partner', message: 'not a registered anchor employer' }],
    });
  return row;
}

/**
 * Seeding: every NHS trust in the city pack is an anchor employer, placed at the first macro-asset it owns
 * (the hospital), so travel can be scored.
 */
export async function seedEmployers(
  deps: Deps,
  ctx: RequestContext,
  partners: readonly { slug: string; kind: string }[],
  macroAssets: readonly {
    owner?: string | null | undefined;
    location?: { lat: number; lng: number } | null | undefined;
  }[],
): Promise<number> {
  let n = 0;
  for (const p of partners.filter((x) => x.kind === 'nhs_trust')) {
    const site = macroAssets.find((m) => m.owner === p.slug && m.location);
    await registerEmployer(deps, ctx, { partner: p.slug, kind: 'nhs_trust', location: site?.location ?? null });
    n++;
  }
  return n;
}
