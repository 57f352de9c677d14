import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { getOpportunity } from '../assets/opportunities.service';
import { systemContext } from '../../http/context';
import { recordAudit } from '../privacy/privacy.service';
import { contractNames } from './contracts.views';
import * as repo from './open-contracting.repo';
import {
  csvText,
  grantCsvColumns,
  grantCsvRow,
  grantIdPrefix,
  ocdsPackage,
  to360Giving,
  type ContractRelease,
  type GrantAward,
} from './open-contracting.rules';

/** Open-data exports: awarded grants as 360Giving JSON or CSV, contracts as an OCDS release package. */

async function grantAwards(deps: Deps): Promise<GrantAward[]> {
  const rows = await repo.grantAwards(deps.db);
  return rows.map((r) => ({
    awardId: r.award_id,
    title: r.title,
    description: r.title,
    currency: r.currency,
    amountAwarded: Number(r.amount),
    amountAppliedFor: r.applied === null ? null : Number(r.applied),
    awardDate: r.award_date,
    plannedStart: r.planned_start,
    plannedEnd: r.planned_end,
    // recipients without a charity or company number get an identifier under our prefix (360Giving guidance)
    recipient: { id: `${grantIdPrefix}-ORG-${r.recipient_id}`, name: r.recipient_name },
    funder: { id: r.funder_org_id, name: r.funder_name },
    ward: r.ward_name ? { name: r.ward_name, code: r.ward_code } : null,
    grantProgramme: r.grant_programme,
    dateModified: r.created_at.toISOString(),
  }));
}

export async function grants360(deps: Deps, ctx: RequestContext) {
  await recordAudit(deps.db, ctx, { action: 'export.360giving', entity: 'award', entityId: null });
  return { grants: (await grantAwards(deps)).map(to360Giving) };
}

export async function grants360Csv(deps: Deps, ctx: RequestContext) {
  await recordAudit(deps.db, ctx, { action: 'export.360giving.csv', entity: 'award', entityId: null });
  return csvText(grantCsvColumns, (await grantAwards(deps)).map(grantCsvRow));
}

export async function ocdsReleases(deps: Deps, ctx: RequestContext, baseUrl: string) {
  const [contracts, awards, names] = await Promise.all([
    repo.publishedContracts(deps.db),
    repo.contractAwards(deps.db),
    contractNames(deps),
  ]);
  const releases: ContractRelease[] = [];
  for (const c of contracts) {
    const o = await getOpportunity(deps, systemContext, c.opportunity_id);
    releases.push({
      ocid: c.ocid,
      opportunityId: c.opportunity_id,
      version: o.version,
      updatedAt: o.updatedAt,
      title: c.title,
      description: o.description,
      status: c.status,
      value: c.value === null ? null : Number(c.value),
      currency: c.currency,
      procurementMethod: c.procurement_method,
      mainCategory: c.main_category,
      opensOn: o.opensOn,
      closesOn: c.closes_on,
      buyer: { id: c.buyer_partner_id, name: names.partners.get(c.buyer_partner_id)?.name ?? c.buyer_partner_id },
      items: c.items,
      tenderers: Number(c.tenderers ?? 0),
      awards: awards
        .filter((a) => a.opportunity_id === c.opportunity_id)
        .map((a) => ({
          id: a.id,
          date: a.award_date,
          amount: Number(a.amount),
          supplier: { id: a.supplier_id, name: a.supplier_name },
        })),
    });
  }
  await recordAudit(deps.db, ctx, { action: 'export.ocds', entity: 'contract', entityId: null });
  return ocdsPackage(
    releases,
    'USE-IT platform',
    `${baseUrl}/api/v1/enterprises/exports/ocds.json`,
    new Date().toISOString(),
  );
}
