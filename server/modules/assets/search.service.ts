import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { viewerOf } from './linking.service';
import { normaliseText } from './occupations.text';
import * as repo from './search.repo';
import { mergeResults, parseTypes, rank, subtitle, wordSimilarityThreshold, type SearchType } from './search.rules';

export interface SearchQuery {
  q: string;
  types?: string | undefined;
  limit: number;
}

export interface SearchResult {
  type: SearchType;
  id: string;
  title: string;
  subtitle: string;
  score: number;
  url: string;
}

const enc = encodeURIComponent;

/** Typo-tolerant search across the asset graph, ranked, within what the caller may see. */
export async function search(
  deps: Deps,
  ctx: RequestContext,
  query: SearchQuery,
): Promise<{ results: SearchResult[] }> {
  const viewer = viewerOf(ctx, 'search.read');
  const asked = parseTypes(query.types);
  if ('problem' in asked)
    throw new AppError('validation_failed', `types: ${asked.problem}`, {
      errors: [{ path: 'querystring.types', message: asked.problem }],
    });
  const drafts = partnerScope(ctx.actor!, 'opportunities.update');
  const draftsOf = drafts.kind === 'partner' ? drafts.partnerId : null;
  const q = query.q;
  const n = query.limit;
  const want = (t: SearchType) => asked.types.includes(t);
  const hit = (type: SearchType, h: repo.Hit, sub: string, url: string): SearchResult => ({
    type,
    id: h.id,
    title: h.title,
    subtitle: sub,
    score: rank(h.ws, h.sim),
    url,
  });
  const lists = await inTransaction(deps.db, async (trx) => {
    await repo.prepareSearch(trx, wordSimilarityThreshold);
    const out: SearchResult[][] = [];
    if (want('macro_asset'))
      out.push(
        (await repo.macroAssets(trx, q, n)).map((r) =>
          hit('macro_asset', r, subtitle(r.kind, r.owner), `/api/v1/macro-assets/${enc(r.slug)}`),
        ),
      );
    if (want('opportunity'))
      out.push(
        (await repo.opportunities(trx, q, n, draftsOf)).map((r) =>
          hit('opportunity', r, subtitle(r.kind, r.status, r.publisher), `/api/v1/opportunities/${r.id}`),
        ),
      );
    if (want('micro_asset'))
      out.push(
        (await repo.microAssets(trx, q, n, viewer)).map((r) =>
          hit('micro_asset', r, subtitle(r.kind, r.area), `/api/v1/micro-assets/${r.id}`),
        ),
      );
    if (want('partner'))
      out.push(
        (await repo.partners(trx, q, n)).map((r) =>
          hit('partner', r, subtitle(r.kind), `/api/v1/partners/${enc(r.slug)}`),
        ),
      );
    if (want('area'))
      out.push(
        (await repo.areas(trx, q, n)).map((r) =>
          hit('area', r, subtitle(r.kind), `/api/v1/areas/${enc(r.slug)}/opportunities`),
        ),
      );
    if (want('occupation')) {
      const rows = await repo.occupations(trx, normaliseText(q) || q, n);
      out.push(
        rows.map((r) =>
          hit('occupation', r, `ISCO ${r.isco08} · SOC ${r.soc2020}`, `/api/v1/occupations?q=${enc(r.id)}`),
        ),
      );
    }
    return out;
  });
  return { results: mergeResults(lists, n) };
}
