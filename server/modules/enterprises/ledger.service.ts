import type { z } from 'zod';
import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { findAreaId } from '../places/places.service';
import { suppressSmall } from '../privacy/privacy.service';
import type { ledgerQuery, ledgerView } from './awards.schemas';
import * as repo from './awards.repo';
import { ledgerTotals } from './ledger.rules';
import { csvText } from './open-contracting.rules';

/**
 * The value-retained-locally ledger: every award's shares by enterprise, ward and year, with totals. Counts of
 * enterprises are suppressed below 5; pounds are shown (they are the programme's own published result).
 */

export interface LedgerFilter {
  year?: number | undefined;
  areaId?: string | undefined;
  source?: 'contract' | 'grant' | undefined;
}
type Ledger = z.output<typeof ledgerView>;

/** For other modules (impact counts "£ brought into the locality" from it): the ledger, optionally filtered. */
export async function awardsLedger(db: Db, filter: LedgerFilter = {}): Promise<Ledger> {
  const rows = await repo.ledgerRows(db, filter);
  const names = new Map(
    rows.filter((r) => r.area_id).map((r) => [r.area_id!, { id: r.area_id!, name: r.area_name ?? '' }]),
  );
  const area = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const t = ledgerTotals(
    rows.map((r) => ({
      awardId: r.award_id,
      year: r.year,
      areaId: r.area_id,
      enterpriseId: r.enterprise_id,
      amount: r.amount,
    })),
    suppressSmall,
  );
  return {
    total: { amount: t.total.amount, enterprises: t.total.enterprises },
    byYear: t.byYear.map((c) => ({ year: c.key, amount: c.amount, enterprises: c.enterprises })),
    byWard: t.byWard.map((c) => ({ area: area(c.key), amount: c.amount, enterprises: c.enterprises })),
    byWardYear: t.byWardYear.map((c) => ({
      area: area(c.key.areaId),
      year: c.key.year,
      amount: c.amount,
      enterprises: c.enterprises,
    })),
    rows: rows.map((r) => ({
      award: r.award_id,
      awardDate: r.award_date,
      year: r.year,
      source: r.source as 'contract' | 'grant',
      funder: r.funder_name,
      opportunity: r.opportunity_title,
      enterprise: { id: r.enterprise_id, name: r.enterprise_name },
      area: area(r.area_id),
      amount: Number(r.amount),
    })),
  };
}

export async function readLedger(deps: Deps, _ctx: RequestContext, query: z.output<typeof ledgerQuery>) {
  const areaId = query.area ? ((await findAreaId(deps, query.area)) ?? undefined) : undefined;
  if (query.area && !areaId)
    throw new AppError('validation_failed', `area: unknown area ${query.area}`, {
      errors: [{ path: 'querystring.area', message: `unknown area ${query.area}` }],
    });
  return awardsLedger(deps.db, { year: query.year, areaId, source: query.source });
}

/** The ledger's rows as CSV (one row per enterprise's share of an award). */
export function ledgerCsv(ledger: Ledger): string {
  const head = [
    'award_id',
    'award_date',
    'year',
    'source',
    'funder',
    'opportunity',
    'enterprise',
    'ward',
    'amount_gbp',
  ];
  return csvText(
    head,
    ledger.rows.map((r) => [
      r.award,
      r.awardDate,
      r.year,
      r.source,
      r.funder,
      r.opportunity,
      r.enterprise.name,
      r.area?.name ?? '',
      r.amount.toFixed(2),
    ]),
  );
}
