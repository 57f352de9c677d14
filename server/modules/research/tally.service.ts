import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { readCache } from '../../lib/read-cache';
import { suppressCells, suppressSmall } from '../privacy/privacy.service';
import { latestVersion } from './forms.repo';
import { visibleForm } from './forms.service';
import { suppressAgainstTotal } from './monitoring.suppression';
import * as repo from './tally.repo';
import { formLanguage, labelOf, tallyQuestion, tallyQuestions, type TallyType } from './tally.rules';
import type { FormSchema } from './xlsform.types';

export { tallyTypes } from './tally.rules';

/**
 * Published tallies of a questionnaire's closed questions (complete and partial responses), for statistics
 * pages such as the directory's baseline study. Labels come in the asked language (falling back to the form's
 * default). Every count passes the privacy module's small-number suppression: a count of 1 to 4 is null, and
 * for a select_one, whose choices add up to the published number answering, secondary suppression hides more
 * cells (or that number) until no hidden cell can be worked out by subtraction. A select_multiple's choices do
 * not add up to anything published, so each is suppressed on its own. A median is given only over 5 or more.
 */

export interface TalliedChoice {
  code: string;
  label: string;
  count: number | null;
}

export interface TalliedQuestion {
  path: string;
  type: TallyType;
  label: string;
  /** responses that answered; null when under 5 (or when it would give a hidden choice away) */
  answered: number | null;
  choices: TalliedChoice[];
  median: number | null;
}

const countsCache = (deps: Deps) =>
  readCache<{ rows: repo.AnswerCount[] }>(deps.config, 'research.tally', deps.config.READ_CACHE_SECONDS, 1_000);

export async function tallyForm(
  deps: Deps,
  ctx: RequestContext,
  formId: string,
  language: string | null,
): Promise<TalliedQuestion[]> {
  const form = await visibleForm(deps, ctx, formId);
  const schema = (await latestVersion(deps.db, form.id))?.schema as FormSchema | undefined;
  if (!schema) return [];
  const questions = tallyQuestions(schema, form.anonymous);
  const paths = questions.map((q) => q.path);
  // a public page may ask often: the counts of a form are read at most once per READ_CACHE_SECONDS (any language)
  const { rows } = await countsCache(deps).get(`${form.id}|${paths.join('|')}`, async () => ({
    rows: await repo.answerCounts(deps.db, form.id, paths),
  }));
  const byPath = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!byPath.has(r.path)) byPath.set(r.path, new Map());
    byPath.get(r.path)!.set(r.value, r.n);
  }
  const lang = formLanguage(schema, language);
  const label = (labels: Record<string, string>, fallback: string) =>
    labelOf(labels, lang, schema.defaultLanguage, fallback);
  return questions.map((q) => {
    const raw = tallyQuestion(q, byPath.get(q.path) ?? new Map());
    const shown = published(q.type, raw.answered, raw.counts);
    return {
      path: q.path,
      type: q.type,
      label: label(q.labels, q.path),
      answered: shown.answered,
      choices: q.choices.map((c, i) => ({ code: c.name, label: label(c.labels, c.name), count: shown.counts[i]! })),
      median: raw.median !== null && raw.answered >= 5 ? Math.round(raw.median * 100) / 100 : null,
    };
  });
}

/** The publishable figures of one question (see the module comment). */
export function published(type: TallyType, answered: number, counts: readonly number[]) {
  if (type === 'select_one') {
    // answers outside the choices (an old version's choice) are a hidden cell of their own
    const outside = answered - counts.reduce((s, n) => s + n, 0);
    const s = suppressAgainstTotal([...counts, outside]);
    return { answered: s.totalHidden ? null : answered, counts: s.counts.slice(0, counts.length) };
  }
  if (type === 'select_multiple') {
    const s = suppressCells(counts.map((count, key) => ({ key, count })));
    return { answered: suppressSmall(answered), counts: s.cells.map((c) => c.count) };
  }
  return { answered: suppressSmall(answered), counts: [] as (number | null)[] };
}
