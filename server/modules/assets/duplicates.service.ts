import type { Deps } from '../../deps';
import { recordMerge, repointAll } from '../../db/merging';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { findDuplicatePartners, mergePartners } from '../identity/identity.partners.service';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './duplicates.repo';
import { assetMergeProblem, assetReasons, duplicateThreshold, partnerReasons, suggestedKeep } from './duplicates.rules';

/** Likely duplicates (partners; community micro-assets in one area) and merging them with history kept. */

export type DuplicateEntity = 'partner' | 'micro_asset';

export interface DuplicatePair {
  a: { id: string; name: string; slug?: string; kind: string; createdAt: string };
  b: { id: string; name: string; slug?: string; kind: string; createdAt: string };
  similarity: number;
  area: { id: string; slug: string; name: string } | null;
  why: string[];
  suggestedKeepId: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function listDuplicates(
  deps: Deps,
  ctx: RequestContext,
  entity: DuplicateEntity,
  limit: number,
): Promise<{ entity: DuplicateEntity; threshold: number; items: DuplicatePair[] }> {
  const items = entity === 'partner' ? await partnerPairs(deps, limit) : await assetPairs(deps, ctx, limit);
  return { entity, threshold: duplicateThreshold, items };
}

async function partnerPairs(deps: Deps, limit: number): Promise<DuplicatePair[]> {
  const pairs = await findDuplicatePartners(deps, duplicateThreshold, limit);
  return pairs.map((p) => ({
    a: { id: p.a.id, name: p.a.name, slug: p.a.slug, kind: p.a.kind, createdAt: p.a.createdAt },
    b: { id: p.b.id, name: p.b.name, slug: p.b.slug, kind: p.b.kind, createdAt: p.b.createdAt },
    similarity: round(p.similarity),
    area: null,
    why: partnerReasons({ a: p.a.name, b: p.b.name, similarity: p.similarity, sameWebsite: p.sameWebsite }),
    suggestedKeepId: suggestedKeep(p.a, p.b),
  }));
}

async function assetPairs(deps: Deps, ctx: RequestContext, limit: number): Promise<DuplicatePair[]> {
  const scope = ctx.actor ? partnerScope(ctx.actor, 'duplicates.list') : ({ kind: 'all' } as const);
  const seenBy = scope.kind === 'all' ? null : scope.partnerId;
  const rows = await repo.similarCommunityAssets(deps.db, duplicateThreshold, limit, seenBy);
  return rows.map((r) => {
    const a = { id: r.a_id, name: r.a_name, kind: r.a_kind, createdAt: r.a_created_at.toISOString() };
    const b = { id: r.b_id, name: r.b_name, kind: r.b_kind, createdAt: r.b_created_at.toISOString() };
    return {
      a,
      b,
      similarity: round(r.similarity),
      area: { id: r.area_id, slug: r.area_slug, name: r.area_name },
      why: assetReasons({
        a: a.name,
        b: b.name,
        similarity: r.similarity,
        area: r.area_name,
        sameKind: a.kind === b.kind,
      }),
      suggestedKeepId: suggestedKeep(a, b),
    };
  });
}

async function lockLiveAsset(deps: Deps, id: string, field: string) {
  const row = isUuid(id) ? await repo.lockMicroAsset(deps.db, id) : undefined;
  if (!row) throw notFound('Micro-asset');
  if (row.merged_into_id)
    throw new AppError('unprocessable', 'This micro-asset was already merged into another', {
      errors: [{ path: `body.${field}`, message: 'already merged' }],
    });
  return row;
}

async function mergeMicroAssets(deps: Deps, ctx: RequestContext, keepId: string, mergeId: string) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const kept = await lockLiveAsset(d, keepId, 'keepId');
    const merged = await lockLiveAsset(d, mergeId, 'mergeId');
    const problem = assetMergeProblem(kept, merged);
    if (problem) throw new AppError('unprocessable', problem, { errors: [{ path: 'body.mergeId', message: problem }] });
    const repointed = await repointAll(trx, 'micro_assets', merged.id, kept.id);
    await repo.markMerged(trx, merged.id, kept.id);
    const id = await recordMerge(trx, {
      entity: 'micro_asset',
      keptId: kept.id,
      mergedId: merged.id,
      actorUserId: ctx.actor?.userId ?? null,
      snapshot: { kept, merged, repointed },
    });
    const moved = Object.fromEntries(Object.entries(repointed).map(([k, ids]) => [k, ids.length]));
    await recordAudit(trx, ctx, {
      action: 'micro-asset.merge',
      entity: 'micro_asset',
      entityId: kept.id,
      partnerId: kept.partner_id,
      detail: { merged: { id: merged.id, name: merged.name, partnerId: merged.partner_id }, moved, mergeId: id },
    });
    return { mergeId: id, moved };
  });
}

export async function mergeDuplicates(
  deps: Deps,
  ctx: RequestContext,
  input: { entity: DuplicateEntity; keepId: string; mergeId: string },
) {
  if (input.keepId === input.mergeId)
    throw new AppError('validation_failed', 'mergeId: a record cannot be merged into itself', {
      errors: [{ path: 'body.mergeId', message: 'must differ from keepId' }],
    });
  const result =
    input.entity === 'partner'
      ? await mergePartners(deps, ctx, input.keepId, input.mergeId)
      : await mergeMicroAssets(deps, ctx, input.keepId, input.mergeId);
  return { ...result, entity: input.entity, keptId: input.keepId, mergedId: input.mergeId };
}
