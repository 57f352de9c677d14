import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import {
  englishRulesFile,
  interimRolesFile,
  regulatorsFile,
  rightToWorkFile,
  type ReferenceData,
} from './reference.schemas';

/**
 * Loads and checks the reference data in ./reference (national data for Great Britain: the same for every
 * city pack, so it lives with the module rather than in a city pack). A bad file is refused at load,
 * naming the file and the field, so a typo in a threshold can never reach a candidate's pathway.
 */
export const referenceFiles = {
  regulators: 'regulators.json',
  english: 'english-rules.json',
  interimRoles: 'interim-roles.json',
  rightToWork: 'right-to-work.json',
} as const;
type FileKey = keyof typeof referenceFiles;

export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`Reference data ${file} is invalid at ${field || '(top level)'}: ${problem}`);
    this.name = 'ReferenceDataError';
  }
}

function parseFile<T extends z.ZodType>(key: FileKey, schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ReferenceDataError(referenceFiles[key], issue.path.map(String).join('.'), issue.message);
}

/** Checks that names used across files resolve: professions, routes, steps, lists. */
function crossCheck(data: ReferenceData): void {
  const { regulators, english, interimRoles, rightToWork } = data;
  const fail = (key: FileKey, field: string, problem: string) => {
    throw new ReferenceDataError(referenceFiles[key], field, problem);
  };
  const professions = new Set(regulators.professions.map((p) => p.id));
  const routes = new Map(regulators.routes.map((r) => [r.id, new Set(r.steps.map((s) => s.id))]));
  regulators.professions.forEach((p, i) => {
    if (!routes.has(p.route)) fail('regulators', `professions.${i}.route`, `unknown route ${p.route}`);
  });
  regulators.routes.forEach((r, i) => {
    r.steps.forEach((s, j) => {
      if (s.deadline && !routes.get(r.id)!.has(s.deadline.after))
        fail('regulators', `routes.${i}.steps.${j}.deadline.after`, `unknown step ${s.deadline.after}`);
    });
    if (!r.steps.some((s) => s.kind === 'english')) fail('regulators', `routes.${i}.steps`, 'needs an english step');
  });
  english.rules.forEach((rule, i) =>
    rule.professions.forEach((p, j) => {
      if (!professions.has(p)) fail('english', `rules.${i}.professions.${j}`, `unknown profession ${p}`);
    }),
  );
  const grades = [...english.oetGrades.grades].sort((a, b) => a.min - b.min);
  grades.forEach((g, i) => {
    const expectedMin = i === 0 ? 0 : grades[i - 1]!.max + english.oetGrades.step;
    if (g.min !== expectedMin || g.max < g.min) fail('english', 'oetGrades.grades', `grade ${g.grade} leaves a gap`);
  });
  interimRoles.roles.forEach((role, i) => {
    role.forProfessions.forEach((p, j) => {
      if (!professions.has(p)) fail('interimRoles', `roles.${i}.forProfessions.${j}`, `unknown profession ${p}`);
    });
    role.gates.forEach((g, j) => {
      if ((g.kind === 'step-passed' || g.kind === 'step-not-passed') && !routes.get(g.route)?.has(g.step))
        fail('interimRoles', `roles.${i}.gates.${j}`, `unknown step ${g.route}/${g.step}`);
    });
  });
  const lists = new Set(rightToWork.lists.map((l) => l.id));
  rightToWork.statuses.forEach((s, i) => {
    if (s.list && !lists.has(s.list)) fail('rightToWork', `statuses.${i}.list`, `unknown list ${s.list}`);
  });
}

/** Parses the four files' contents (already read as JSON). Pure, so tests can feed it broken data. */
export function parseReferenceData(raw: Record<FileKey, unknown>): ReferenceData {
  const data: ReferenceData = {
    regulators: parseFile('regulators', regulatorsFile, raw.regulators),
    english: parseFile('english', englishRulesFile, raw.english),
    interimRoles: parseFile('interimRoles', interimRolesFile, raw.interimRoles),
    rightToWork: parseFile('rightToWork', rightToWorkFile, raw.rightToWork),
  };
  crossCheck(data);
  return data;
}

export function readReferenceFiles(dir: URL = new URL('./reference/', import.meta.url)): Record<FileKey, unknown> {
  const read = (key: FileKey): unknown => {
    const text = readFileSync(new URL(referenceFiles[key], dir), 'utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new ReferenceDataError(referenceFiles[key], '', `not JSON (${(err as Error).message})`);
    }
  };
  return {
    regulators: read('regulators'),
    english: read('english'),
    interimRoles: read('interimRoles'),
    rightToWork: read('rightToWork'),
  };
}

let cached: ReferenceData | undefined;

/** The reference data, read and checked once per process. */
export function referenceData(): ReferenceData {
  cached ??= parseReferenceData(readReferenceFiles());
  return cached;
}
