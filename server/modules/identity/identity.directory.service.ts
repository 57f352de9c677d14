import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope, type Role } from '../../http/policy';
import type { ListQuery, Page } from '../../lib/paging';
import { readCache } from '../../lib/read-cache';
import { recordAudit } from '../privacy/privacy.service';
import { hashPassword } from './identity.password';

export { hashPassword };
import * as repo from './identity.repo';
import { normaliseEmail, passwordProblem } from './identity.rules';

/** Partners and user accounts: the programme's directory of organisations and people who sign in. */

export interface PartnerView {
  id: string;
  slug: string;
  name: string;
  kind: string;
  website: string | null;
  description: string;
}

/** The partner list is reference data read on every screen: served from memory for READ_CACHE_SECONDS. */
const partnerLists = (deps: Deps) =>
  readCache<Page<PartnerView>>(deps.config, 'partner-lists', deps.config.READ_CACHE_SECONDS, 500);

export async function listPartners(deps: Deps, query: ListQuery<repo.PartnerSort>): Promise<Page<PartnerView>> {
  return partnerLists(deps).get(JSON.stringify(query), async () => {
    const { items, total } = await repo.listPartners(deps.db, query);
    return { items, page: query.page, pageSize: query.pageSize, total };
  });
}

export async function getPartner(deps: Deps, idOrSlug: string): Promise<PartnerView> {
  const partner = await repo.findPartner(deps.db, idOrSlug);
  if (!partner) throw notFound('Partner');
  return partner;
}

export async function createPartner(
  deps: Deps,
  ctx: RequestContext,
  input: Omit<PartnerView, 'id'>,
): Promise<{ id: string }> {
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertPartner(trx, input);
    await recordAudit(trx, ctx, {
      action: 'partner.create',
      entity: 'partner',
      entityId: id,
      partnerId: id,
      detail: { slug: input.slug },
    });
    partnerLists(deps).clear();
    return { id };
  });
}

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  partner: { id: string; slug: string; name: string };
  disabled: boolean;
  createdAt: string;
}

export async function listUsers(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.UserSort>,
): Promise<Page<UserSummary>> {
  if (!ctx.actor) throw new AppError('unauthenticated');
  const { items, total } = await repo.listUsers(deps.db, partnerScope(ctx.actor, 'users.list'), query);
  return {
    items: items.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      role: u.role as Role,
      partner: { id: u.partner_id, slug: u.partner_slug, name: u.partner_name },
      disabled: u.disabled,
      createdAt: u.created_at.toISOString(),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  partner: string;
  password: string;
  locale?: string | null;
}

/**
 * Creates an account. `partner` is a partner id or slug. `prehashed` lets a bulk load that gives many
 * accounts one password (the demo) hash it once.
 */
export async function createUser(
  deps: Deps,
  ctx: RequestContext,
  input: NewUser,
  prehashed?: string,
): Promise<{ id: string }> {
  const email = normaliseEmail(input.email);
  const problem = passwordProblem(input.password, email);
  if (problem)
    throw new AppError('weak_password', `The password is too weak: ${problem}`, {
      errors: [{ path: 'body.password', message: problem }],
    });
  const partner = await repo.findPartner(deps.db, input.partner);
  if (!partner)
    throw new AppError('unprocessable', `Partner ${input.partner} does not exist`, {
      errors: [{ path: 'body.partner', message: 'unknown partner' }],
    });
  if (await repo.findUserByEmail(deps.db, email))
    throw new AppError('conflict', `A user with email ${email} already exists`);
  const passwordHash = prehashed ?? (await hashPassword(input.password));
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertUser(trx, {
      email,
      display_name: input.displayName,
      password_hash: passwordHash,
      role: input.role,
      partner_id: partner.id,
      locale: input.locale ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'user.create',
      entity: 'user',
      entityId: id,
      partnerId: partner.id,
      detail: { email, role: input.role },
    });
    return { id };
  });
}
