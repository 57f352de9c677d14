import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, type FieldProblem } from '../../http/errors';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './occupations.repo';
import { taxonomyFile } from './occupations.schemas';
import { resolveOccupation, type Occupation } from './occupations.rules';
import { normaliseText } from './occupations.text';
import { describeTaxonomyProblem, duplicateCodes, labelIn, searchText } from './taxonomy.rules';

/** The occupations taxonomy: loaded from data (taxonomies/occupations.json), listed, and used to check codes. */

export interface OccupationView {
  code: string;
  isco08: string;
  soc2020: string;
  sector: string;
  regulated: boolean;
  regulator: string | null;
  label: string;
  labels: Record<string, string>;
}

export interface TaxonomyImportResult {
  name: 'occupations';
  version: string;
  total: number;
  added: number;
  updated: number;
}

/** Parses a taxonomy file, naming the first bad entry (by index and code) in the error. */
function parseTaxonomy(raw: unknown) {
  const parsed = taxonomyFile.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldProblem[] = parsed.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: describeTaxonomyProblem(raw, issue.path, issue.message),
    }));
    throw new AppError('validation_failed', `Taxonomy not imported: ${errors[0]!.message}`, { errors });
  }
  const dupes = duplicateCodes(parsed.data.occupations.map((o) => o.code));
  if (dupes.length > 0)
    throw new AppError('validation_failed', `Taxonomy not imported: code ${dupes.join(', ')} appears more than once`);
  return parsed.data;
}

/**
 * Loads a taxonomy file into the occupations table: all entries or none. Upserts by code (codes missing
 * from the file are kept, since opportunities and micro-assets may refer to them) and records the version.
 */
export async function importTaxonomy(deps: Deps, ctx: RequestContext, raw: unknown): Promise<TaxonomyImportResult> {
  const file = parseTaxonomy(raw);
  const rows: repo.OccupationRow[] = file.occupations.map((o) => ({
    code: o.code,
    isco08: o.isco08,
    soc2020: o.soc2020,
    sector: o.sector,
    regulated: o.regulated,
    regulator: o.regulator,
    labels: o.labels as Record<string, string>,
    synonyms: o.synonyms as Record<string, string[]>,
    search_text: searchText({
      labels: o.labels as Record<string, string>,
      synonyms: o.synonyms as Record<string, string[]>,
    }),
  }));
  return inTransaction(deps.db, async (trx) => {
    const before = await repo.existingCodes(
      trx,
      rows.map((r) => r.code),
    );
    await repo.upsertOccupations(trx, rows);
    await repo.recordTaxonomyVersion(trx, 'occupations', file.version);
    const result: TaxonomyImportResult = {
      name: 'occupations',
      version: file.version,
      total: rows.length,
      added: rows.length - before.size,
      updated: before.size,
    };
    await recordAudit(trx, ctx, {
      action: 'taxonomy.import',
      entity: 'taxonomy',
      entityId: 'occupations',
      detail: { ...result },
    });
    return result;
  });
}

export async function taxonomyVersion(deps: Deps): Promise<string | null> {
  return (await repo.taxonomyVersion(deps.db, 'occupations'))?.version ?? null;
}

export async function listOccupations(
  deps: Deps,
  query: ListQuery<repo.OccupationSort> & { sector?: string | undefined; lang: string },
): Promise<Page<OccupationView>> {
  const normalisedQ = query.q ? normaliseText(query.q) : undefined;
  const { items, total } = await repo.listOccupations(deps.db, { ...query, normalisedQ });
  return {
    items: items.map((r) => ({
      code: r.code,
      isco08: r.isco08,
      soc2020: r.soc2020,
      sector: r.sector,
      regulated: r.regulated,
      regulator: r.regulator,
      label: r.label ?? labelIn(r.labels, query.lang),
      labels: r.labels,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/**
 * Checks occupation codes for another use-case (opportunities, micro-assets) and returns their English
 * labels. Unknown codes are a 422 naming each one and where it was given (`path(index)`).
 */
export async function checkOccupationCodes(
  db: Db,
  codes: readonly string[],
  path: (index: number) => string,
): Promise<Map<string, string>> {
  const rows = await repo.findOccupations(db, [...new Set(codes)]);
  const labels = new Map(rows.map((r) => [r.code, labelIn(r.labels, 'en')]));
  const errors = codes.flatMap((code, i) =>
    labels.has(code) ? [] : [{ path: path(i), message: `unknown occupation code ${code}` }],
  );
  if (errors.length > 0)
    throw new AppError(
      'unprocessable',
      `Unknown occupation code${errors.length > 1 ? 's' : ''}: ${codes.filter((c) => !labels.has(c)).join(', ')}`,
      { errors },
    );
  return labels;
}

export interface ResolveCandidate {
  code: string;
  label: string;
  isco08: string;
  soc2020: string;
  confidence: number;
  reason: string;
}

/**
 * The taxonomy as the resolver wants it, kept in memory per database and reloaded when an import
 * (in this process or another, such as the CLI) records a new load time.
 */
const dictionaries = new WeakMap<object, { loadedAt: number; occupations: Occupation[] }>();

async function dictionary(deps: Deps): Promise<Occupation[]> {
  const loaded = await repo.taxonomyVersion(deps.db, 'occupations');
  const loadedAt = loaded?.loaded_at.getTime() ?? 0;
  const cached = dictionaries.get(deps.db);
  if (cached && cached.loadedAt === loadedAt) return cached.occupations;
  const occupations = (await repo.allOccupations(deps.db)) as unknown as Occupation[];
  dictionaries.set(deps.db, { loadedAt, occupations });
  return occupations;
}

/** Free text in any taxonomy language to candidate occupations, best first, each with why. */
export async function resolveOccupationText(
  deps: Deps,
  query: { text: string; lang: string; limit: number },
): Promise<{ candidates: ResolveCandidate[] }> {
  const occupations = await dictionary(deps);
  const byCode = new Map(occupations.map((o) => [o.code, o]));
  const matches = resolveOccupation(query.text, occupations, { limit: query.limit });
  return {
    candidates: matches.map((m) => ({
      code: m.code,
      label: labelIn(byCode.get(m.code)?.labels ?? { en: m.label }, query.lang),
      isco08: m.isco08,
      soc2020: m.soc2020,
      confidence: m.confidence,
      reason: m.reason,
    })),
  };
}
