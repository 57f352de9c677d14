import { addMonths } from './dates.rules';
import { validateResult } from './english.rules';
import { assessRule, rulesFor, type RuleAssessment } from './shortfall.rules';
import { englishSummary, expiryWarnings, nextActionFor, testStatuses } from './pathway.text.rules';
import type { Profession, ReferenceData, Route, RouteStep } from './reference.schemas';
import type { EnglishStatus, Pathway, PathwayFacts, StepView } from './pathway.types';

export type { EnglishStatus, Pathway, PathwayFacts, StepProgress, StepView } from './pathway.types';

/** A candidate's route to registration: where they are, what is left, and what to do next. Pure. */

export const professionFor = (ref: ReferenceData, occupation: string | null): Profession | undefined =>
  occupation === null ? undefined : ref.regulators.professions.find((p) => p.occupations.includes(occupation));

export function englishStatusFor(
  ref: ReferenceData,
  profession: Profession,
  facts: Pick<PathwayFacts, 'english' | 'progress'>,
  today: string,
  regulator = profession.regulator,
): EnglishStatus {
  const rules = rulesFor(ref.english, profession.id, today, regulator);
  const order = { met: 0, unknown: 1, 'not-met': 2 } as const;
  const assessments = rules
    .map((rule) => assessRule(rule, facts.english, ref.english.oetGrades, today))
    .filter((a): a is RuleAssessment => a !== null)
    .sort((a, b) => order[a.status] - order[b.status]);
  if (assessments[0]?.status === 'met') return { status: 'met', by: 'test', assessments };
  if (facts.progress.some((p) => p.step === 'english' && p.outcome === 'passed'))
    return { status: 'met', by: 'alternative', assessments };
  return { status: assessments[0]?.status === 'unknown' ? 'unknown' : 'not-met', by: null, assessments };
}

const entriesFor = (facts: PathwayFacts, step: string) =>
  facts.progress.filter((p) => p.step === step).sort((a, b) => (a.date < b.date ? -1 : 1));

function deadlineOf(route: Route, step: RouteStep, facts: PathwayFacts, passed: boolean, today: string) {
  if (!step.deadline) return null;
  const { after, event, months, confidence } = step.deadline;
  const entries = entriesFor(facts, after);
  const anchor =
    event === 'passed'
      ? entries.find((e) => e.outcome === 'passed')
      : event === 'started'
        ? entries.find((e) => e.outcome === 'started' || e.outcome === 'passed')
        : entries.find((e) => e.outcome === 'passed' || e.outcome === 'failed');
  if (!anchor || !route.steps.some((s) => s.id === after)) return null;
  const date = addMonths(anchor.date, months);
  return { date, confidence, missed: !passed && date < today };
}

function stepView(route: Route, step: RouteStep, facts: PathwayFacts, english: EnglishStatus, today: string) {
  const entries = entriesFor(facts, step.id);
  const passed = step.kind === 'english' ? english.status === 'met' : entries.some((e) => e.outcome === 'passed');
  const used = entries.filter((e) => e.outcome === 'failed' || e.outcome === 'passed').length;
  const allowed = step.attemptsAllowed;
  const deadline = deadlineOf(route, step, facts, passed, today);
  const exhausted = !passed && allowed !== null && used >= allowed;
  const blockedBecause = exhausted
    ? `all ${allowed} attempts used`
    : deadline?.missed
      ? `deadline ${deadline.date} has passed`
      : null;
  const booking = entries.filter((e) => e.outcome === 'booked' && e.date >= today).at(-1);
  const view: StepView = {
    id: step.id,
    kind: step.kind,
    label: step.label,
    status: passed ? 'passed' : blockedBecause ? 'blocked' : 'to-do',
    attempts: { used, allowed, remaining: allowed === null ? null : Math.max(0, allowed - used) },
    booked: passed ? null : (booking?.date ?? null),
    deadline,
    estimate: step.estimate,
    blockedBecause,
  };
  return view;
}

/** The pathway for a candidate's qualification on a day; a null profession means no regulated route applies. */
export function computePathway(ref: ReferenceData, facts: PathwayFacts, today: string): Pathway {
  const profession = professionFor(ref, facts.occupation);
  const tests = testStatuses(ref, profession, facts.english, today);
  if (!profession)
    return {
      asOf: today,
      profession: null,
      steps: [],
      currentStep: null,
      english: null,
      examsRemaining: [],
      nextAction: null,
      tests,
      notes: ['No regulated route to registration is recorded for this occupation.'],
    };
  const route = ref.regulators.routes.find((r) => r.id === profession.route)!;
  const english = englishStatusFor(ref, profession, facts, today);
  const steps = route.steps.map((s) => stepView(route, s, facts, english, today));
  const current = steps.find((s) => s.status !== 'passed');
  if (current && current.status === 'to-do') current.status = 'current';
  const invalid = facts.english.filter((r) => validateResult(r, ref.english.oetGrades, today).length > 0);
  return {
    asOf: today,
    profession: { id: profession.id, regulator: profession.regulator, route: route.id, routeName: route.name },
    steps,
    currentStep: current?.id ?? null,
    english,
    examsRemaining: steps.filter((s) => s.kind === 'exam' && s.status !== 'passed').map((s) => s.id),
    nextAction: current ? nextActionFor(current, english, ref, profession, today) : null,
    tests,
    notes: [
      ...route.requirements,
      ...englishSummary(english),
      ...expiryWarnings(english, steps),
      ...invalid.map((r) => `English result ${r.id} has impossible scores or dates and is not counted.`),
    ],
  };
}
