import { addMonths } from './dates.rules';
import { expiresOn, ieltsOverall, validateResult, type EnglishResult } from './english.rules';
import type { EnglishStatus, StepView, TestStatus } from './pathway.types';
import type { EnglishRule, Profession, ReferenceData, RouteStep } from './reference.schemas';
import { rulesFor } from './shortfall.rules';

export type { TestStatus };

/** The words of a pathway: test result statuses and the next action, as a deterministic trace. Pure. */

/** "Expires soon" warns a caseworker in time to book a resit. */
export const EXPIRY_WARNING_MONTHS = 3;

export function testStatuses(
  ref: ReferenceData,
  profession: Profession | undefined,
  results: readonly EnglishResult[],
  today: string,
): TestStatus[] {
  return results.map((r) => {
    const problems = validateResult(r, ref.english.oetGrades, today);
    const rules = profession ? rulesFor(ref.english, profession.id, today).filter((x) => x.test === r.test) : [];
    const expiries = rules.map((rule) => expiresOn(r, rule));
    // The shortest validity among the profession's rules for this test; unknown if any of them gives none.
    const expiry = expiries.includes(null) || expiries.length === 0 ? null : expiries.sort()[0]!;
    const status: TestStatus['status'] =
      problems.length > 0
        ? 'invalid'
        : expiry === null
          ? 'validity-unknown'
          : expiry < today
            ? 'expired'
            : expiry <= addMonths(today, EXPIRY_WARNING_MONTHS)
              ? 'expires-soon'
              : 'valid';
    const overall = r.test === 'ielts' && problems.every((p) => p.path === 'date') ? ieltsOverall(r.scores) : null;
    return { id: r.id, test: r.test, date: r.date, overall, expiresOn: expiry, status, problems };
  });
}

const shortLabel = (label: string) => label.split(/ \(|:/)[0]!.trim();

function describeRule(rule: EnglishRule): string {
  const min = rule.perSkillMin;
  if (!min) return `${rule.test.toUpperCase()} (minimum scores not recorded)`;
  const values = Object.values(min);
  const same = values.every((v) => v === values[0]);
  const each = same
    ? `${values[0]} in each skill`
    : Object.entries(min)
        .map(([s, v]) => `${s} ${v}`)
        .join(', ');
  const variant = rule.testVariants ? ` ${rule.testVariants.join('/')}` : '';
  const overall = rule.overallMin !== null ? `overall ${rule.overallMin}, ` : '';
  return `${rule.test.toUpperCase()}${variant}: ${overall}${each}`;
}

function englishAction(english: EnglishStatus, ref: ReferenceData, profession: Profession, today: string): string {
  const rules = rulesFor(ref.english, profession.id, today);
  const wants = `${profession.regulator} accepts ${rules.map(describeRule).join('; or ')}`;
  const best = english.assessments[0];
  if (!best) return `Take an English test. ${wants}.`;
  if (best.status === 'unknown') return `${best.reason}. ${wants}.`;
  if (best.basedOn.length === 0) return `Resit an English test: ${best.reason}. ${wants}.`;
  const gaps = [
    ...best.shortfalls.map((g) => `${g.skill} from ${g.score} to ${g.required}`),
    ...(best.overall && best.overall.shortfall > 0
      ? [`overall from ${best.overall.score} to ${best.overall.required}`]
      : []),
  ];
  return `Raise ${gaps.join(' and ')}, then resit ${best.test.toUpperCase()}. ${wants}.`;
}

export function nextActionFor(
  step: StepView,
  english: EnglishStatus,
  ref: ReferenceData,
  profession: Profession,
  today: string,
): { step: string; text: string; estimate: RouteStep['estimate'] } {
  const name = shortLabel(step.label);
  let text: string;
  if (step.status === 'blocked') text = `${name}: ${step.blockedBecause}. Talk to a caseworker about other routes.`;
  else if (step.kind === 'english') text = englishAction(english, ref, profession, today);
  else if (step.booked) text = `Sit ${name} on ${step.booked}.`;
  else if (step.kind === 'exam' && step.attempts.used > 0)
    text = `Resit ${name} (attempt ${step.attempts.used + 1}${step.attempts.allowed ? ` of ${step.attempts.allowed}` : ''}).`;
  else if (step.kind === 'exam') text = `Book ${name}.`;
  else if (step.kind === 'training') text = `Start ${step.label}.`;
  else if (step.kind === 'registration') text = `Apply for registration: ${step.label}.`;
  else text = `Get ${step.label}.`;
  if (step.deadline && !step.deadline.missed) text += ` Deadline ${step.deadline.date}.`;
  return { step: step.id, text, estimate: step.estimate };
}

export function englishSummary(english: EnglishStatus): string[] {
  if (english.by === 'alternative') return ['English accepted on alternative evidence recorded by a caseworker.'];
  return [];
}

/** An English result that will have expired by a booked exam (the GMC needs it valid at the PLAB 1 date). */
export function expiryWarnings(english: EnglishStatus, steps: readonly StepView[]): string[] {
  const used = english.by === 'test' ? english.assessments[0] : undefined;
  if (!used?.expiresOn) return [];
  return steps
    .filter((s) => s.booked !== null && s.booked > used.expiresOn!)
    .map(
      (s) =>
        `The English result used expires on ${used.expiresOn}, before ${s.label.split(/ \(|:/)[0]} on ${s.booked}.`,
    );
}
