import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { getMacroAsset } from '../assets/assets.service';
import { getMicroAsset } from '../assets/micro-assets.service';
import { getOpportunity } from '../assets/opportunities.service';
import type { LinkType } from './coordination.rules';

export interface LinkView {
  type: LinkType;
  id: string;
  /** the record's name; null when the reader may not see it */
  label: string | null;
}

const what: Record<LinkType, string> = {
  macro_asset: 'macro-asset',
  opportunity: 'opportunity',
  micro_asset: 'micro-asset',
};

/** Reads the record through its owning module's service, as the caller: undefined if they may not see it. */
async function labelOf(deps: Deps, ctx: RequestContext, type: LinkType, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  try {
    if (type === 'macro_asset') return (await getMacroAsset(deps, id)).name;
    if (type === 'opportunity') return (await getOpportunity(deps, ctx, id)).title;
    return (await getMicroAsset(deps, ctx, id)).name;
  } catch (err) {
    if (err instanceof AppError && (err.status === 404 || err.status === 403)) return undefined;
    throw err;
  }
}

/**
 * Checks each link names a record the caller can see; one they cannot (or that does not exist, which they cannot
 * tell apart) is 404 naming the field, so a task cannot be used to learn about another partner's records.
 */
export async function checkLinks(
  deps: Deps,
  ctx: RequestContext,
  links: { type: LinkType; id: string }[],
): Promise<void> {
  for (const [i, link] of links.entries()) {
    if ((await labelOf(deps, ctx, link.type, link.id)) === undefined)
      throw new AppError('not_found', `links.${i}: no ${what[link.type]} ${link.id} that you can see`, {
        errors: [{ path: `body.links.${i}.id`, message: `no ${what[link.type]} ${link.id} that you can see` }],
      });
  }
}

export async function linkViews(
  deps: Deps,
  ctx: RequestContext,
  rows: { record_type: LinkType; record_id: string }[],
): Promise<LinkView[]> {
  const out: LinkView[] = [];
  for (const r of rows)
    out.push({
      type: r.record_type,
      id: r.record_id,
      label: (await labelOf(deps, ctx, r.record_type, r.record_id)) ?? null,
    });
  return out;
}
