import type { EnglishResult } from './english.rules';
import type { RuleAssessment } from './shortfall.rules';
import type { RouteStep } from './reference.schemas';

/** The shapes of a pathway, shared by the pathway rules and their wording. */

export interface TestStatus {
  id: string;
  test: 'ielts' | 'oet';
  date: string;
  overall: number | null;
  expiresOn: string | null;
  status: 'invalid' | 'expired' | 'expires-soon' | 'valid' | 'validity-unknown';
  problems: { code: string; path: string; message: string }[];
}

export interface StepProgress {
  step: string;
  outcome: 'passed' | 'failed' | 'booked' | 'started';
  date: string;
}

export interface PathwayFacts {
  /** the occupation code of the qualification the pathway is for */
  occupation: string | null;
  progress: readonly StepProgress[];
  english: readonly EnglishResult[];
}

export interface EnglishStatus {
  status: 'met' | 'not-met' | 'unknown';
  /** 'alternative': a caseworker recorded accepted non-test evidence (e.g. a degree taught in English) */
  by: 'test' | 'alternative' | null;
  /** the closest result per rule in force, best first */
  assessments: RuleAssessment[];
}

export interface StepView {
  id: string;
  kind: RouteStep['kind'];
  label: string;
  status: 'passed' | 'current' | 'to-do' | 'blocked';
  attempts: { used: number; allowed: number | null; remaining: number | null };
  booked: string | null;
  deadline: { date: string; confidence: string; missed: boolean } | null;
  estimate: RouteStep['estimate'];
  blockedBecause: string | null;
}

export interface Pathway {
  asOf: string;
  profession: { id: string; regulator: string; route: string; routeName: string } | null;
  steps: StepView[];
  currentStep: string | null;
  english: EnglishStatus | null;
  examsRemaining: string[];
  nextAction: { step: string; text: string; estimate: RouteStep['estimate'] } | null;
  tests: TestStatus[];
  notes: string[];
}
