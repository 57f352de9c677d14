import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { suppressCells } from '../privacy/privacy.service';
import { actorOf } from './candidates.service';
import { ensureFresh, scoringContext } from './features.service';
import { shortageCsv, shortageRows, type ShortageRow } from './shortage.rules';
import { supplyGroups } from './shortage.repo';
import * as vacancies from './vacancies.repo';

/** Demand at the anchor employers against supply in the pipeline; employers see their own demand. */

export async function shortage(
  deps: Deps,
  ctx: RequestContext,
  query: { employer?: string | undefined },
): Promise<{ asOf: string; rows: ShortageRow[] }> {
  const scope = partnerScope(actorOf(ctx), 'shortage.read');
  if (scope.kind === 'partner' && query.employer && query.employer !== scope.partnerId)
    throw new AppError('forbidden', "You can only see your own organisation's shortage analysis");
  await ensureFresh(deps);
  const sctx = await scoringContext(deps);
  const open = await vacancies.openVacancies(
    deps.db,
    scope.kind === 'partner' ? scope.partnerId : (query.employer ?? null),
  );
  const rows = shortageRows(
    sctx,
    open.map((v) => ({
      occupationCodes: v.occupation_codes,
      band: v.band,
      registration: v.registration,
      paid: v.paid,
      quantity: v.quantity,
    })),
    await supplyGroups(deps.db, sctx.today),
    suppressCells,
  );
  rows.sort((a, b) => (b.shortfallNow ?? -1) - (a.shortfallNow ?? -1) || b.demand - a.demand);
  return { asOf: sctx.today, rows };
}

export async function shortageAsCsv(deps: Deps, ctx: RequestContext, query: { employer?: string | undefined }) {
  const { rows } = await shortage(deps, ctx, query);
  const sctx = await scoringContext(deps);
  return shortageCsv(rows, new Map([...sctx.occupations].map(([code, o]) => [code, o.label])));
}
