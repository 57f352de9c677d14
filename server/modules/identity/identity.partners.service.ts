import type { Deps } from '../../deps';
import { recordMerge, repointAll } from '../../db/merging';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { readCache } from '../../lib/read-cache';
import { recordAudit } from '../privacy/privacy.service';
import type { PartnerView } from './identity.directory.service';
import * as repo from './identity.partners.repo';

/** Likely duplicate partners, merging them with history kept, and the live partners the directory exports. */

export interface PartnerPair {
  a: PartnerView & { createdAt: string };
  b: PartnerView & { createdAt: string };
  similarity: number;
  sameWebsite: boolean;
}

const side = (r: repo.SimilarPartners, p: 'a' | 'b') => ({
  id: r[`${p}_id`],
  slug: r[`${p}_slug`],
  name: r[`${p}_name`],
  kind: r[`${p}_kind`],
  website: r[`${p}_website`],
  description: '',
  createdAt: r[`${p}_created_at`].toISOString(),
});

const siteKey = (url: string | null) =>
  url
    ?.toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '') ?? null;

export async function findDuplicatePartners(deps: Deps, threshold: number, limit: number): Promise<PartnerPair[]> {
  const rows = await repo.similarPartners(deps.db, threshold, limit);
  return rows.map((r) => {
    const a = side(r, 'a');
    const b = side(r, 'b');
    const sameWebsite = a.website !== null && siteKey(a.website) === siteKey(b.website);
    return { a, b, similarity: r.similarity, sameWebsite };
  });
}

async function lockLive(deps: Deps, id: string, field: string) {
  const row = isUuid(id) ? await repo.lockPartner(deps.db, id) : undefined;
  if (!row) throw notFound('Partner');
  if (row.merged_into_id)
    throw new AppError('unprocessable', `Partner ${row.slug} was already merged into another partner`, {
      errors: [{ path: `body.${field}`, message: 'already merged' }],
    });
  return row;
}

/**
 * Merges one partner into another in one transaction: every reference (users, opportunities, micro-assets,
 * macro-assets, residents, work packages, imports, earlier merges) moves to the kept partner, the merged row
 * stays with merged_into_id set (hidden from lists), and `merges` keeps both rows and every moved id.
 */
export async function mergePartners(
  deps: Deps,
  ctx: RequestContext,
  keepId: string,
  mergeId: string,
): Promise<{ mergeId: number; moved: Record<string, number> }> {
  const result = await inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const kept = await lockLive(d, keepId, 'keepId');
    const merged = await lockLive(d, mergeId, 'mergeId');
    const repointed = await repointAll(trx, 'partners', merged.id, kept.id);
    await repo.markMerged(trx, merged.id, kept.id);
    const id = await recordMerge(trx, {
      entity: 'partner',
      keptId: kept.id,
      mergedId: merged.id,
      actorUserId: ctx.actor?.userId ?? null,
      snapshot: { kept, merged, repointed },
    });
    const moved = Object.fromEntries(Object.entries(repointed).map(([k, ids]) => [k, ids.length]));
    await recordAudit(trx, ctx, {
      action: 'partner.merge',
      entity: 'partner',
      entityId: kept.id,
      partnerId: kept.id,
      detail: { merged: { id: merged.id, slug: merged.slug, name: merged.name }, moved, mergeId: id },
    });
    return { mergeId: id, moved, mergedPartnerId: merged.id };
  });
  // Partner lists and signed-in users of the merged partner are cached: drop them now, not in a few seconds.
  readCache(deps.config, 'partner-lists', deps.config.READ_CACHE_SECONDS, 500).clear();
  readCache<{ actor: { partnerId: string } | null }>(
    deps.config,
    'sessions',
    deps.config.SESSION_CACHE_SECONDS,
  ).deleteWhere((s) => s.actor?.partnerId === result.mergedPartnerId);
  return { mergeId: result.mergeId, moved: result.moved };
}

/** Live partners of some kinds (the community directory: ngo, charity, social_enterprise), by name. */
export async function livePartnersOfKinds(deps: Deps, kinds: readonly string[]): Promise<PartnerView[]> {
  return repo.livePartnersOfKinds(deps.db, kinds);
}

export async function partnersByIds(deps: Deps, ids: readonly string[]): Promise<PartnerView[]> {
  return repo.livePartnersByIds(deps.db, ids);
}
