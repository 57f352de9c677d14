import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope, type Action } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { recordAudit, suppressCells, suppressSmall } from '../privacy/privacy.service';
import { forgetFindingMaps, queueFindings } from './findings.apply';
import * as repo from './findings.repo';
import { mapProblems, mappableQuestions, type FindingRule } from './findings.rules';
import { visibleForm } from './forms.service';
import type { FormSchema } from './xlsform.types';

/** The findings map of a form version (what answers become), applying it, and what it has produced. */

async function managedForm(deps: Deps, ctx: RequestContext, formId: string, action: Action) {
  const form = await visibleForm(deps, ctx, formId);
  if (ctx.actor && !inScope(partnerScope(ctx.actor, action), form.partner_id))
    throw new AppError('forbidden', "You can only map your own partner's questionnaires");
  return form;
}

async function versionOf(deps: Deps, formId: string, versionId: string) {
  const v = isUuid(versionId) ? await repo.findVersion(deps.db, formId, versionId) : undefined;
  if (!v) throw notFound('Form version');
  return { ...v, schema: v.schema as FormSchema };
}

export async function getFindingMap(deps: Deps, ctx: RequestContext, formId: string, versionId: string) {
  const form = await managedForm(deps, ctx, formId, 'research.findings.read');
  const v = await versionOf(deps, form.id, versionId);
  const map = await repo.findMap(deps.db, v.id);
  return {
    formVersionId: v.id,
    version: v.version,
    rules: map?.rules ?? [],
    revision: map?.revision ?? 0,
    updatedAt: map?.updated_at.toISOString() ?? null,
    questions: mappableQuestions(v.schema),
  };
}

export async function saveFindingMap(
  deps: Deps,
  ctx: RequestContext,
  formId: string,
  versionId: string,
  body: { rules: FindingRule[]; revision: number },
) {
  const form = await managedForm(deps, ctx, formId, 'research.findings.manage');
  const v = await versionOf(deps, form.id, versionId);
  const problems = mapProblems(v.schema, body.rules);
  if (problems.length)
    throw new AppError('unprocessable', problems.map((p) => `rules.${p.index}.${p.field}: ${p.message}`).join('; '), {
      errors: problems.map((p) => ({ path: `body.rules.${p.index}.${p.field}`, message: p.message })),
    });
  const saved = await repo.saveMap(deps.db, {
    formId: form.id,
    formVersionId: v.id,
    rules: body.rules,
    revision: body.revision,
    userId: ctx.actor?.userId ?? null,
  });
  if (!saved)
    throw new AppError(
      'conflict',
      `The findings map has changed since revision ${body.revision}; reload and try again`,
    );
  forgetFindingMaps(deps, form.id);
  await recordAudit(deps.db, ctx, {
    action: 'research.findings-map.save',
    entity: 'research_form_version',
    entityId: v.id,
    partnerId: form.partner_id,
    detail: { rules: body.rules.length, revision: saved.revision },
  });
  return getFindingMap(deps, ctx, form.id, v.id);
}

/** Queues applying the map to existing responses (all of them with `all`, else only new or changed ones). */
export async function requestApply(deps: Deps, ctx: RequestContext, formId: string, all: boolean) {
  const form = await managedForm(deps, ctx, formId, 'research.findings.manage');
  const jobId = await queueFindings(deps, form.id, all);
  await recordAudit(deps.db, ctx, {
    action: 'research.findings.apply',
    entity: 'research_form',
    entityId: form.id,
    partnerId: form.partner_id,
    detail: { all },
  });
  return { jobId };
}

/**
 * What a form's findings have produced. Per-area cells under 5 are suppressed (they describe respondents), and
 * each kind's total with them when it would give a hidden cell away by subtraction; referral counts likewise.
 */
export async function findingsSummary(deps: Deps, ctx: RequestContext, formId: string) {
  const form = await managedForm(deps, ctx, formId, 'research.findings.read');
  const s = await repo.summary(deps.db, form.id);
  const areas = new Map(
    s.byKind.map((k) => [
      k.becomes,
      suppressCells(s.byArea.filter((a) => a.becomes === k.becomes).map((a) => ({ key: a, count: a.n }))),
    ]),
  );
  const shown = new Map([...areas.values()].flatMap((b) => b.cells.map((c) => [c.key, c.count] as const)));
  const referrals = suppressCells(s.referrals.map((r) => ({ key: r, count: r.n })));
  return {
    responses: s.progress,
    byKind: s.byKind.map((k) => {
      const count = areas.get(k.becomes)!.total;
      return { becomes: k.becomes, count, microAssets: count === null ? null : suppressSmall(k.assets) };
    }),
    byArea: s.byArea.map((a) => ({ area: a.area, becomes: a.becomes, count: shown.get(a) ?? null })),
    referrals: referrals.cells.map((c) => ({ target: c.key.target, status: c.key.status, count: c.count })),
  };
}
