import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { suppressSmall } from '../privacy/privacy.service';
import { latestVersion } from './forms.repo';
import { visibleForm } from './forms.service';
import * as repo from './monitoring.repo';
import { askedQuestions, completionRate, dayRange, dropOff } from './monitoring.rules';
import type { FormSchema } from './xlsform.types';

/**
 * Fieldwork monitoring of one questionnaire: responses by area, researcher, language, channel and day, the
 * completion rate and where partial responses stop. Cells that describe respondents (area, language, day) are
 * suppressed below 5; channel and researcher describe the fieldwork and are shown as they are.
 */

const dropOffCap = 20_000;

const suppressed = (rows: repo.Group[]) =>
  rows.map((g) => ({ ...g, total: suppressSmall(g.total), complete: suppressSmall(g.complete) }));

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
  const questions = schema ? askedQuestions(schema as FormSchema) : [];
  const language = (schema as FormSchema | undefined)?.defaultLanguage ?? null;
  const labelOf = (path: string | null) => {
    const l = questions.find((q) => q.path === path)?.labels ?? {};
    return (language && l[language]) || l.default || Object.values(l)[0] || null;
  };
  return {
    form: { id: form.id, title: form.title, anonymous: form.anonymous },
    total,
    complete,
    partial: total - complete,
    completionRate: completionRate(total, complete),
    byArea: suppressed(counts.byArea),
    byResearcher: counts.byResearcher,
    byLanguage: suppressed(counts.byLanguage),
    byChannel: counts.byChannel,
    byDay: suppressed(counts.byDay),
    dropOff: dropOff(
      questions.map((q) => q.path),
      partials,
    ).map((d) => ({ ...d, label: labelOf(d.path) })),
    dropOffSample: partials.length,
  };
}
