import { prizeFields } from './forms.rules';
import type { FormField, FormSchema } from './xlsform.types';

/**
 * What answers become in the asset graph (issue 4 §6), as pure decisions: which questions may be mapped,
 * whether a map is valid, and the findings one response yields under a map.
 */

export const findingKinds = ['skill', 'idea', 'group', 'need', 'referral'] as const;
export type FindingKind = (typeof findingKinds)[number];
export const referralTargets = ['skills_matching', 'enterprise_support'] as const;
export type ReferralTarget = (typeof referralTargets)[number];

export interface FindingRule {
  /** the question's path below the root, as in stored answers (`group/question`) */
  path: string;
  becomes: FindingKind;
  /** for a referral: the service the respondent is referred to */
  target?: ReferralTarget | undefined;
  /** for selects: only these choices count (a referral fires when any is chosen); empty or absent = any answer */
  when?: string[] | undefined;
  /** for a skill: resolve free text to an occupation through the taxonomy */
  resolveOccupation?: boolean | undefined;
}

export interface MappableQuestion {
  path: string;
  type: string;
  labels: Record<string, string>;
  choices: { name: string; labels: Record<string, string> }[];
}

/** Answer types that carry something a person said or chose (not notes, metadata, media or calculations). */
const answerTypes = new Set(['text', 'select_one', 'select_multiple', 'integer', 'decimal']);
const walk = (fields: FormField[]): FormField[] => fields.flatMap((f) => [f, ...walk(f.children ?? [])]);

/** The questions a lead may map: answers people give, never sensitive ones, never the prize/follow-up fields. */
export function mappableQuestions(schema: FormSchema): MappableQuestion[] {
  const root = `/${schema.rootName}/`;
  const prize = new Set<string>(Object.values(prizeFields));
  return walk(schema.fields)
    .filter((f) => answerTypes.has(f.type) && !f.sensitive)
    .map((f) => ({
      path: f.xpath.startsWith(root) ? f.xpath.slice(root.length) : f.name,
      type: f.type,
      labels: f.labels ?? {},
      choices: (f.choices ?? []).map((c) => ({ name: c.name, labels: c.labels })),
    }))
    .filter((q) => !prize.has(q.path));
}

export interface MapProblem {
  index: number;
  field: string;
  message: string;
}

/** Everything wrong with a map for this schema; empty when it may be saved. */
export function mapProblems(schema: FormSchema, rules: readonly FindingRule[]): MapProblem[] {
  const questions = new Map(mappableQuestions(schema).map((q) => [q.path, q]));
  const seen = new Set<string>();
  const problems: MapProblem[] = [];
  rules.forEach((r, index) => {
    const add = (field: string, message: string) => problems.push({ index, field, message });
    const q = questions.get(r.path);
    if (!q) add('path', `"${r.path}" is not a question whose answers can be mapped (sensitive, a note, or unknown)`);
    if (r.becomes === 'referral' && !r.target) add('target', 'a referral needs a target service');
    if (r.becomes !== 'referral' && r.target) add('target', 'only a referral has a target service');
    if (r.resolveOccupation && r.becomes !== 'skill')
      add('resolveOccupation', 'only a skill resolves to an occupation');
    if (q && r.when?.length) {
      const names = new Set(q.choices.map((c) => c.name));
      if (!names.size) add('when', 'choices can only be named for a select question');
      else for (const w of r.when) if (!names.has(w)) add('when', `"${w}" is not a choice of "${r.path}"`);
    }
    const key = `${r.path}|${r.becomes}`;
    if (seen.has(key)) add('becomes', `"${r.path}" is already mapped to ${r.becomes}`);
    seen.add(key);
  });
  return problems;
}

export interface Finding {
  path: string;
  becomes: Exclude<FindingKind, 'referral'>;
  value: string;
  resolveOccupation: boolean;
}
export interface ReferralFinding {
  path: string;
  target: ReferralTarget;
}

export const maxValueLength = 200;
export const maxItemsPerAnswer = 20;

/** A free-text answer as separate items: split on commas, semicolons, new lines and repeat joins; trimmed, deduplicated. */
export function textItems(answer: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of answer.split(/[,;\n\r]| \| /)) {
    const item = part.replace(/\s+/g, ' ').trim().slice(0, maxValueLength).trim();
    const key = item.toLowerCase();
    if (!item || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (out.length === maxItemsPerAnswer) break;
  }
  return out;
}

/** A choice's label in the form's default language (else English, else any), or its name. */
export function choiceLabel(q: MappableQuestion, name: string, language: string | null): string {
  const c = q.choices.find((x) => x.name === name);
  if (!c) return name;
  const english = Object.keys(c.labels).find((l) => /\(en\)$|^english/i.test(l));
  return (
    (language && c.labels[language]) ||
    (english && c.labels[english]) ||
    Object.values(c.labels)[0] ||
    name
  ).trim();
}

/** The chosen names of a select answer (repeats joined with " | "). */
const chosen = (answer: string) => [...new Set(answer.split(/\s+\|\s+|\s+/).filter(Boolean))];

/** The micro-assets and needs, and the referrals asked for, that one response's answers yield under a map. */
export function findingsOf(
  schema: FormSchema,
  rules: readonly FindingRule[],
  answers: Readonly<Record<string, string>>,
): { findings: Finding[]; referrals: ReferralFinding[] } {
  const questions = new Map(mappableQuestions(schema).map((q) => [q.path, q]));
  const findings: Finding[] = [];
  const referrals: ReferralFinding[] = [];
  for (const r of rules) {
    const q = questions.get(r.path);
    const answer = (answers[r.path] ?? '').trim();
    if (!q || !answer) continue;
    const isSelect = q.type === 'select_one' || q.type === 'select_multiple';
    const picked = isSelect ? chosen(answer).filter((n) => !r.when?.length || r.when.includes(n)) : null;
    if (r.becomes === 'referral') {
      if (r.target && (picked ? picked.length > 0 : true)) referrals.push({ path: r.path, target: r.target });
      continue;
    }
    const values = picked ? picked.map((n) => choiceLabel(q, n, schema.defaultLanguage)) : textItems(answer);
    for (const value of new Set(values.map((v) => v.slice(0, maxValueLength).trim()).filter(Boolean)))
      findings.push({ path: r.path, becomes: r.becomes, value, resolveOccupation: Boolean(r.resolveOccupation) });
  }
  return { findings, referrals };
}

/** The micro-asset category and kind a finding becomes; needs are not micro-assets. */
export function microAssetKindOf(
  becomes: Finding['becomes'],
): { category: 'human' | 'community'; kind: string } | null {
  if (becomes === 'skill') return { category: 'human', kind: 'skill' };
  if (becomes === 'idea') return { category: 'human', kind: 'idea' };
  if (becomes === 'group') return { category: 'community', kind: 'group' };
  return null;
}

/** The smallest confidence at which a resolved occupation is attached to a skill (below it: left unresolved). */
export const occupationConfidence = 0.6;
