import type { Deps } from '../../deps';
import { AppError } from '../../http/errors';
import type { OpportunityView } from '../assets/opportunities.service';
import { partnerRef } from '../assets/refs.service';
import { enterpriseReference } from './enterprises.reference';
import type { CreateContractInput } from './contracts.schemas';
import type { ContractItem } from './contracts.tables';

/**
 * The OCDS (contract) or 360Giving (grant) details of a contract or grant, checked and turned into their rows;
 * shared by publishing (POST) and editing (PUT), so both apply the same rules.
 */
export const ocidPrefix = 'ocds-useit';
export const grantPrefix = '360G-useit';

export const unprocessable = (path: string, message: string) =>
  new AppError('unprocessable', `${path.replace(/^body\./, '')}: ${message}`, { errors: [{ path, message }] });

type DetailsInput = Pick<CreateContractInput, 'kind' | 'market' | 'contract' | 'grant'>;

export function checkInput(deps: Deps, input: DetailsInput): void {
  if (!enterpriseReference(deps).markets.some((m) => m.code === input.market))
    throw unprocessable('body.market', `unknown market ${input.market}`);
  if (input.kind === 'contract' && input.grant) throw unprocessable('body.grant', 'a contract has no grant details');
  if (input.kind === 'grant' && input.contract) throw unprocessable('body.contract', 'a grant has no contract details');
  const g = input.grant;
  if (g?.plannedStart && g.plannedEnd && g.plannedEnd < g.plannedStart)
    throw unprocessable('body.grant.plannedEnd', 'must not be before plannedStart');
  if (g?.funder && g.funderName)
    throw unprocessable('body.grant.funderName', 'name a partner funder or an outside one');
  if (g?.funderName && !g.funderOrgId)
    throw unprocessable('body.grant.funderOrgId', 'an outside funder needs its org-id');
}

/** A contract's OCDS details: the buyer defaults to the publisher. */
export async function contractDetailsOf(deps: Deps, input: DetailsInput, o: OpportunityView) {
  const c = input.contract ?? {};
  const buyer = c.buyer ? await partnerRef(deps, c.buyer, 'body.contract.buyer') : o.publisher.partner;
  return {
    opportunity_id: o.id,
    ocid: `${ocidPrefix}-${o.id}`,
    buyer_partner_id: buyer.id,
    procurement_method: c.procurementMethod ?? 'open',
    main_category: c.mainCategory ?? 'services',
    items: (c.items ?? []).map((item, i): ContractItem => ({ id: String(i + 1), ...item })),
  };
}

/** A grant's 360Giving details: the funder is a partner (default the publisher) or an outside funder. */
export async function grantDetailsOf(deps: Deps, input: DetailsInput, o: OpportunityView) {
  const g = input.grant ?? {};
  const funder = g.funderName
    ? null
    : g.funder
      ? await partnerRef(deps, g.funder, 'body.grant.funder')
      : o.publisher.partner;
  return {
    opportunity_id: o.id,
    identifier: `${grantPrefix}-${o.id}`,
    funder_partner_id: funder?.id ?? null,
    funder_name: funder?.name ?? g.funderName!,
    funder_org_id: g.funderOrgId ?? `${grantPrefix}-${funder!.slug}`,
    grant_programme: g.grantProgramme ?? '',
    planned_start: g.plannedStart ?? null,
    planned_end: g.plannedEnd ?? null,
  };
}
