import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import { systemContext, type RequestContext } from '../../http/context';
import { getOpportunity, updateOpportunity } from '../assets/opportunities.service';
import { checkInput, contractDetailsOf, grantDetailsOf, unprocessable } from './contracts.details';
import * as repo from './contracts.repo';
import type { UpdateContractInput } from './contracts.schemas';
import { getContract, refreshFeatures, visibleListing } from './contracts.service';

/**
 * Editing a contract or grant (PUT): the opportunity through the assets service (which locks it, checks the
 * caller's partner and the version read, 409 when stale, and keeps the history), then its OCDS or 360Giving details
 * and the listing copy, all in one transaction. Its kind cannot change: a contract's details are not a grant's.
 */
export async function updateContract(deps: Deps, ctx: RequestContext, id: string, input: UpdateContractInput) {
  checkInput(deps, input);
  await inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const listed = await visibleListing(d, ctx, id);
    if (listed.kind !== input.kind)
      throw unprocessable('body.kind', `a ${listed.kind} cannot become a ${input.kind}; publish a new one`);
    // the details and listing are saved too, so this is a new version even when no opportunity column moved
    const patch = {
      version: input.version,
      title: input.title,
      description: input.description ?? '',
      macroAsset: input.macroAsset ?? null,
      area: input.area ?? null,
      value: input.value ?? null,
      opensOn: input.opensOn ?? null,
      closesOn: input.closesOn ?? null,
      ...(input.status ? { status: input.status } : {}),
    };
    await updateOpportunity(d, ctx, id, patch, { withDetails: true });
    const o = await getOpportunity(d, systemContext, id);
    if (input.kind === 'contract') await repo.updateContractDetails(trx, await contractDetailsOf(d, input, o));
    else await repo.updateGrantDetails(trx, await grantDetailsOf(d, input, o));
    await refreshFeatures(d, o, input.market, input.capabilities);
  });
  return getContract(deps, ctx, id);
}
