import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { recordAudit } from '../privacy/privacy.service';
import { actorOf, visibleCandidate } from './candidates.service';
import { reconcileConsents, type Explanation } from './merge.consents';
import * as repo from './merge.repo';
import { summaryView } from './merge.views';
import { duplicateMatch, higherLevel, likelyDuplicates, reconcileFields } from './merge.rules';

/** Duplicate candidates: likely pairs (list and per candidate), side by side, and merge into one survivor. */

/** The likely duplicates of one candidate, among its partner's live records. */
export async function duplicatesOf(deps: Deps, ctx: RequestContext, id: string) {
  const c = await visibleCandidate(deps, ctx, id, 'candidates.duplicates');
  const [probe] = await repo.keysOfIds(deps.db, [c.id]);
  if (!probe) return { items: [] };
  const near = await repo.keysNear(deps.db, c.partner_id, probe);
  const found = likelyDuplicates(probe, near);
  const info = new Map(
    (
      await repo.summaries(
        deps.db,
        found.map((f) => f.id),
      )
    ).map((s) => [s.id, s]),
  );
  return { items: found.map((f) => ({ candidate: summaryView(info.get(f.id)!), reasons: f.reasons })) };
}

/** Every likely pair in the caller's scope, strongest first, paged in memory (the read is bounded). */
export async function duplicatePairs(deps: Deps, ctx: RequestContext, page: number, pageSize: number) {
  const scope = partnerScope(actorOf(ctx), 'candidates.duplicates');
  const pairs = (await repo.pairsInScope(deps.db, scope, 5000))
    .map((p) => ({ a: p.a.id, b: p.b.id, reasons: duplicateMatch(p.a, p.b) }))
    .filter((p) => p.reasons.length > 0)
    .sort((x, y) => y.reasons.length - x.reasons.length || x.a.localeCompare(y.a));
  const slice = pairs.slice((page - 1) * pageSize, page * pageSize);
  const info = new Map(
    (
      await repo.summaries(
        deps.db,
        slice.flatMap((p) => [p.a, p.b]),
      )
    ).map((s) => [s.id, s]),
  );
  return {
    items: slice.map((p) => ({ a: summaryView(info.get(p.a)!), b: summaryView(info.get(p.b)!), reasons: p.reasons })),
    page,
    pageSize,
    total: pairs.length,
  };
}

/** Two records side by side, with why they look alike (audited: it shows two people's details at once). */
export async function compare(deps: Deps, ctx: RequestContext, id: string, otherId: string) {
  const a = await visibleCandidate(deps, ctx, id, 'candidates.duplicates');
  const b = await visibleCandidate(deps, ctx, otherId, 'candidates.duplicates');
  const [ka, kb] = [await repo.keysOfIds(deps.db, [a.id]), await repo.keysOfIds(deps.db, [b.id])];
  const info = new Map((await repo.summaries(deps.db, [a.id, b.id])).map((s) => [s.id, s]));
  await recordAudit(deps.db, ctx, {
    action: 'candidate.compare',
    entity: 'candidate',
    entityId: a.id,
    partnerId: a.partner_id,
    detail: { other: b.id },
  });
  return {
    a: summaryView(info.get(a.id)!),
    b: summaryView(info.get(b.id)!),
    reasons: ka[0] && kb[0] ? duplicateMatch(ka[0], kb[0]) : [],
  };
}

export interface MergeInput {
  merged: string;
  version: number;
  mergedVersion: number;
}

/**
 * Merges `input.merged` into the survivor `id`, in one transaction: every child row moves to the survivor, empty
 * fields are filled, disagreements are kept on the survivor's side and explained, and the merged record stays as
 * a withdrawn tombstone pointing at the survivor. Audited on both records.
 */
export async function mergeCandidates(deps: Deps, ctx: RequestContext, id: string, input: MergeInput) {
  const survivor = await visibleCandidate(deps, ctx, id, 'candidates.merge');
  const merged = await visibleCandidate(deps, ctx, input.merged, 'candidates.merge');
  if (survivor.id === merged.id)
    throw new AppError('unprocessable', 'A record cannot be merged into itself', {
      errors: [{ path: 'body.merged', message: 'the same record as the survivor' }],
    });
  if (survivor.partner_id !== merged.partner_id)
    throw new AppError(
      'unprocessable',
      "Records of different partners are not merged: ask the other partner's caseworker",
      {
        errors: [{ path: 'body.merged', message: 'another partner’s record' }],
      },
    );
  return inTransaction(deps.db, async (trx) => {
    const s = await repo.fieldsForUpdate(trx, survivor.id);
    const m = await repo.fieldsForUpdate(trx, merged.id);
    if (!s || !m) throw new AppError('not_found', 'Candidate was not found');
    for (const [row, path] of [
      [s, 'body.version'],
      [m, 'body.mergedVersion'],
    ] as const)
      if (row.merged_into)
        throw new AppError('conflict', 'This record was already merged into another', {
          errors: [{ path, message: 'already merged' }],
        });
    if (s.version !== input.version || m.version !== input.mergedVersion)
      throw new AppError('conflict', 'One of the records changed since you read it: compare them again', {
        errors: [
          ...(s.version !== input.version ? [{ path: 'body.version', message: 'stale version' }] : []),
          ...(m.version !== input.mergedVersion ? [{ path: 'body.mergedVersion', message: 'stale version' }] : []),
        ],
      });
    const known = (r: typeof s) => ({
      ...r,
      right_to_work: r.right_to_work === 'unknown' ? null : r.right_to_work,
      dbs: r.dbs === 'unknown' ? null : r.dbs,
    });
    const { fill, conflicts } = reconcileFields(known(s), known(m));
    const explanations: Explanation[] = conflicts.map((c) => ({
      field: c.field,
      kept: c.kept,
      other: c.other,
      explanation: c.explanation,
    }));

    const consents = await reconcileConsents(trx, ctx, survivor, s.resident_id, m.resident_id);
    explanations.push(...consents);
    const [sl, ml] = [await repo.languagesOf(trx, survivor.id), await repo.languagesOf(trx, merged.id)];
    const languages = [...new Set([...sl, ...ml].map((l) => l.language))].map((language) => ({
      language,
      level: higherLevel(
        sl.find((l) => l.language === language)?.level ?? null,
        ml.find((l) => l.language === language)?.level ?? null,
      ),
    }));

    const { moved, dropped } = await repo.moveChildren(trx, merged.id, survivor.id);
    if (dropped.sameCohort)
      explanations.push({
        field: 'training',
        kept: 'survivor',
        other: 'merged',
        explanation: `both were enrolled in the same cohort (${dropped.sameCohort}): one enrolment kept, attendance combined`,
      });
    if (dropped.sameList)
      explanations.push({
        field: 'waiting-list',
        kept: 'survivor',
        other: 'merged',
        explanation: `both waited for the same programme (${dropped.sameList}): one place kept, with the earlier date joined`,
      });
    if (dropped.sameVacancy)
      explanations.push({
        field: 'matches',
        kept: 'survivor',
        other: 'merged',
        explanation: `both had a decision on the same vacancy (${dropped.sameVacancy}): the survivor's decision is kept`,
      });
    await repo.replaceLanguages(trx, survivor.id, languages);
    await repo.updateSurvivor(trx, survivor.id, fill, merged.id);
    await repo.tombstone(trx, merged.id, survivor.id, survivor.reference, ctx.actor?.userId ?? null);
    const detail = {
      survivor: survivor.id,
      merged: merged.id,
      moved,
      filled: Object.keys(fill),
      conflicts: explanations,
    };
    for (const entityId of [survivor.id, merged.id])
      await recordAudit(trx, ctx, {
        action: 'candidate.merge',
        entity: 'candidate',
        entityId,
        partnerId: survivor.partner_id,
        detail,
      });
    return {
      survivor: { id: survivor.id, reference: survivor.reference },
      merged: { id: merged.id, reference: merged.reference },
      moved,
      filled: Object.keys(fill),
      conflicts: explanations,
    };
  });
}
