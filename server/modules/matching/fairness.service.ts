import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { partnerScope } from '../../http/policy';
import { openSpecialCategory, recordAudit, smallCellThreshold, suppressCells } from '../privacy/privacy.service';
import { today } from './candidates.input.service';
import { actorOf } from './candidates.service';
import { fairnessTables, type FairnessPerson, type FairnessTable } from './fairness.rules';
import * as repo from './pipeline.repo';
import type { PipelineStage } from './pipeline.rules';

/** Outcomes by sex, age band and ethnicity, suppressed; reading the encrypted monitoring answers is audited. */
export async function fairnessReport(
  deps: Deps,
  ctx: RequestContext,
): Promise<{ asOf: string; threshold: number; tables: FairnessTable[] }> {
  const actor = actorOf(ctx);
  const scope = partnerScope(actor, 'fairness.read');
  const rows = await repo.fairnessRows(deps.db, scope);
  const people: FairnessPerson[] = rows.map((r) => {
    const opened = openSpecialCategory(deps, r.monitoring_enc);
    const m = opened ? (JSON.parse(opened) as { sex?: string; ethnicity?: string }) : {};
    const stage = r.stage as PipelineStage;
    return {
      sex: m.sex ?? null,
      ethnicity: m.ethnicity ?? null,
      dateOfBirth: r.date_of_birth,
      stage,
      reached: [...new Set([stage, ...(r.reached as PipelineStage[])])],
    };
  });
  await recordAudit(deps.db, ctx, {
    action: 'fairness.read',
    entity: 'fairness-report',
    entityId: null,
    partnerId: scope.kind === 'partner' ? scope.partnerId : null,
    detail: { candidates: people.length, fields: ['sex', 'ethnicity'] },
  });
  const asOf = today();
  return { asOf, threshold: smallCellThreshold, tables: fairnessTables(people, asOf, suppressCells) };
}
