import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope, type Action } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { getMacroAsset } from '../assets/assets.service';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { personRef, unknownRef } from './coordination.errors';
import { slugify, type BodyKind } from './coordination.rules';
import * as repo from './governance.repo';

type Ref = { id: string; slug: string; name: string };
export interface BodyMemberView {
  kind: 'user' | 'partner';
  id: string;
  name: string;
  partner: Ref | null;
}
export interface BodyView {
  id: string;
  slug: string;
  name: string;
  kind: BodyKind;
  macroAsset: Ref | null;
  description: string;
  members: BodyMemberView[];
}

/** Coordinators (and the system) see every body; anyone else those they or their partner belong to. */
export function memberScope(ctx: RequestContext, action: Action): repo.MemberScope {
  if (!ctx.actor) return { kind: 'all' };
  if (partnerScope(ctx.actor, action).kind === 'all') return { kind: 'all' };
  return { kind: 'member', userId: ctx.actor.userId, partnerId: ctx.actor.partnerId };
}

function toView(b: repo.BodyRow, members: Awaited<ReturnType<typeof repo.membersOf>>): BodyView {
  return {
    id: b.id,
    slug: b.slug,
    name: b.name,
    kind: b.kind,
    macroAsset: b.macro_id ? { id: b.macro_id, slug: b.macro_slug!, name: b.macro_name! } : null,
    description: b.description,
    members: members
      .filter((m) => m.body_id === b.id)
      .map((m) => ({
        kind: m.user_id ? ('user' as const) : ('partner' as const),
        id: (m.user_id ?? m.partner_id)!,
        name: m.user_id ? (m.display_name ?? '') : (m.p_name ?? ''),
        partner: m.p_id ? { id: m.p_id, slug: m.p_slug!, name: m.p_name! } : null,
      })),
  };
}

export async function listBodies(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.BodySort> & { kind?: BodyKind | undefined },
): Promise<Page<BodyView>> {
  const { items, total } = await repo.listBodies(deps.db, memberScope(ctx, 'governance-bodies.list'), query);
  const members = await repo.membersOf(
    deps.db,
    items.map((b) => b.id),
  );
  return { items: items.map((b) => toView(b, members)), page: query.page, pageSize: query.pageSize, total };
}

/** A body the caller may see (a member, or a coordinator); anything else is 404. */
export async function visibleBody(deps: Deps, ctx: RequestContext, idOrSlug: string, path?: string) {
  const row = await repo.findBody(deps.db, idOrSlug, isUuid(idOrSlug));
  const scope = memberScope(ctx, 'governance-bodies.read');
  const ok = row && (scope.kind === 'all' || (await repo.isMember(deps.db, row.id, scope.userId, scope.partnerId)));
  if (!ok)
    throw path ? unknownRef(path, `no governance body ${idOrSlug} that you can see`) : notFound('Governance body');
  return row;
}

export async function getBody(deps: Deps, ctx: RequestContext, idOrSlug: string): Promise<BodyView> {
  const row = await visibleBody(deps, ctx, idOrSlug);
  return toView(row, await repo.membersOf(deps.db, [row.id]));
}

export interface MemberInput {
  user?: string | undefined;
  partner?: string | undefined;
}
export interface NewBody {
  name: string;
  slug?: string | undefined;
  kind: BodyKind;
  macroAsset?: string | null | undefined;
  description?: string | undefined;
  members?: MemberInput[] | undefined;
}

async function addMembers(deps: Deps, bodyId: string, members: MemberInput[], at: string) {
  for (const [i, m] of members.entries()) {
    if (m.user)
      await repo.addMember(deps.db, bodyId, { userId: (await personRef(deps.db, m.user, `${at}.${i}.user`)).id });
    else if (m.partner) {
      const partner = await getPartner(deps, m.partner).catch(() => undefined);
      if (!partner) throw unknownRef(`${at}.${i}.partner`, `no partner ${m.partner}`);
      await repo.addMember(deps.db, bodyId, { partnerId: partner.id });
    }
  }
}

export async function createBody(deps: Deps, ctx: RequestContext, input: NewBody): Promise<BodyView> {
  if (input.kind === 'macro_asset_group' && !input.macroAsset)
    throw unknownRef('body.macroAsset', 'a macro-asset group needs its macro-asset');
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const macro = input.macroAsset ? await getMacroAsset(d, input.macroAsset).catch(() => undefined) : undefined;
    if (input.macroAsset && !macro) throw unknownRef('body.macroAsset', `no macro-asset ${input.macroAsset}`);
    const slug = input.slug ?? slugify(input.name);
    if (await repo.slugTaken(trx, slug)) throw new AppError('conflict', `A governance body ${slug} already exists`);
    const { id } = await repo.insertBody(trx, {
      slug,
      name: input.name,
      kind: input.kind,
      macro_asset_id: macro?.id ?? null,
      description: input.description ?? '',
    });
    await addMembers(d, id, input.members ?? [], 'body.members');
    await recordAudit(trx, ctx, { action: 'governance-body.create', entity: 'governance_body', entityId: id });
    return getBody(d, ctx, id);
  });
}

export async function addBodyMembers(
  deps: Deps,
  ctx: RequestContext,
  idOrSlug: string,
  members: MemberInput[],
): Promise<BodyView> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const body = await visibleBody(d, ctx, idOrSlug);
    await addMembers(d, body.id, members, 'body.members');
    await recordAudit(trx, ctx, { action: 'governance-body.members', entity: 'governance_body', entityId: body.id });
    return getBody(d, ctx, body.id);
  });
}

export interface PersonView {
  id: string;
  displayName: string;
  partner: Ref;
}

export async function listPeople(deps: Deps, q: string | undefined): Promise<{ items: PersonView[] }> {
  const rows = await repo.listPeople(deps.db, q);
  return {
    items: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      partner: { id: r.p_id, slug: r.p_slug, name: r.p_name },
    })),
  };
}

/**
 * At seed time: the programme board, the steering group, and one group per macro-asset group named in the city
 * pack ("Hospital Group"), tied to its first macro-asset, with the owners of its macro-assets as members.
 */
export async function seedGovernanceBodies(
  deps: Deps,
  ctx: RequestContext,
  macroAssets: readonly { slug: string; owner: string; group: string | null }[],
): Promise<number> {
  await createBody(deps, ctx, { name: 'Programme board', slug: 'programme-board', kind: 'board' });
  await createBody(deps, ctx, { name: 'Steering group', slug: 'steering-group', kind: 'steering_group' });
  const groups = new Map<string, { slug: string; owner: string }[]>();
  for (const a of macroAssets) if (a.group) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  for (const [name, assets] of groups) {
    await createBody(deps, ctx, {
      name,
      kind: 'macro_asset_group',
      macroAsset: assets[0]!.slug,
      members: [...new Set(assets.map((a) => a.owner))].map((partner) => ({ partner })),
    });
  }
  return 2 + groups.size;
}
