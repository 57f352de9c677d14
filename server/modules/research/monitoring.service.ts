import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { suppressSmall } from '../privacy/privacy.service';
import { latestVersion } from './forms.repo';
import { visibleForm } from './forms.service';
import * as repo from './monitoring.repo';
import { askedQuestions, completionRate, dayRange, dropOff } from './monitoring.rules';
import { suppressAgainstTotal } from './monitoring.suppression';
import type { FormSchema } from './xlsform.types';

/**
 * Fieldwork monitoring of one questionnaire: responses by area, researcher, language, channel and day, the
 * completion rate and where partial responses stop. Cells that describe respondents (area, language, day) are
 * suppressed below 5, with secondary suppression against the published totals (no hidden cell can be worked
 * out by subtraction); channel and researcher describe the fieldwork and are shown as they are, unless the
 * totals themselves must be hidden (under 5), since those cells add up to them.
 */

const dropOffCap = 20_000;

function suppressed(rows: repo.Group[]) {
  const total = suppressAgainstTotal(rows.map((g) => g.total));
  const complete = suppressAgainstTotal(rows.map((g) => g.complete));
  return {
    rows: rows.map((g, i) => ({ ...g, total: total.counts[i]!, complete: complete.counts[i]! })),
    totalHidden: total.totalHidden,
    completeHidden: total.totalHidden || complete.totalHidden,
  };
}

export async function getMonitoring(
  deps: Deps,
  ctx: RequestContext,
  query: { form: string; from?: string | undefined; to?: string | undefined },
) {
  const range = dayRange(query.from, query.to);
  if ('problem' in range)
    throw new AppError('validation_failed', `from/to: ${range.problem}`, {
      errors: [{ path: 'querystring.from', message: range.problem }],
    });
  const form = await visibleForm(deps, ctx, query.form);
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.monitoring.read'), form.partner_id))
    throw new AppError('forbidden', "You can only monitor your own partner's questionnaires");
  const r = { formId: form.id, ...range };
  const [counts, partials, schema] = await Promise.all([
    repo.monitoringCounts(deps.db, r),
    repo.partialAnswers(deps.db, r, dropOffCap),
    latestVersion(deps.db, form.id).then((v) => v?.schema),
  ]);
  const total = counts.byChannel.reduce((n, g) => n + g.total, 0);
  const complete = counts.byChannel.reduce((n, g) => n + g.complete, 0);
  const [byArea, byLanguage, byDay] = [counts.byArea, counts.byLanguage, counts.byDay].map(suppressed);
  const hideTotal = [byArea, byLanguage, byDay].some((b) => b!.totalHidden);
  const hideComplete = hideTotal || [byArea, byLanguage, byDay].some((b) => b!.completeHidden);
  const work = (rows: repo.Group[]) =>
    rows.map((g) => ({
      ...g,
      total: hideTotal ? suppressSmall(g.total) : g.total,
      complete: hideComplete ? suppressSmall(g.complete) : g.complete,
    }));
  const questions = schema ? askedQuestions(schema as FormSchema) : [];
  const language = (schema as FormSchema | undefined)?.defaultLanguage ?? null;
  const labelOf = (path: string | null) => {
    const l = questions.find((q) => q.path === path)?.labels ?? {};
    return (language && l[language]) || l.default || Object.values(l)[0] || null;
  };
  return {
    form: { id: form.id, title: form.title, anonymous: form.anonymous },
    total: hideTotal ? null : total,
    complete: hideComplete ? null : complete,
    partial: hideComplete ? null : total - complete,
    completionRate: hideComplete ? null : completionRate(total, complete),
    byArea: byArea!.rows,
    byResearcher: work(counts.byResearcher),
    byLanguage: byLanguage!.rows,
    byChannel: work(counts.byChannel),
    byDay: byDay!.rows,
    dropOff: dropOff(
      questions.map((q) => q.path),
      partials,
    ).map((d) => ({ ...d, label: labelOf(d.path) })),
    dropOffSample: partials.length,
  };
}
