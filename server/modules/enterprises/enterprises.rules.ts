import type { FieldProblem } from '../../http/errors';

/** Enterprise directory decisions: reference checks, ranges, search text and change diffs. Pure. */

export interface EnterpriseReference {
  legalForms: { code: string; label: Record<string, string> }[];
  markets: { code: string; label: Record<string, string>; keywords: string[] }[];
}

export const stages = ['idea', 'start_up', 'established'] as const;
export type Stage = (typeof stages)[number];
export const turnoverBands = ['unknown', 'none', 'under_10k', '10k_50k', '50k_250k', '250k_1m', 'over_1m'] as const;
export const maxLocalJobs = 100_000;
export const maxMembers = 1_000_000;

/** The fields an enterprise (or staff) may change; a change request proposes a subset of them. */
export interface EnterpriseFields {
  name: string;
  legalForm: string;
  stage: Stage;
  markets: string[];
  sectors: string[];
  productsServices: string;
  areaId: string | null;
  localJobs: number;
  turnoverBand: (typeof turnoverBands)[number];
  socialMission: string;
  membersCount: number | null;
  website: string | null;
  publicEmail: string | null;
  listedPublicly: boolean;
}
export const editableFields = [
  'name',
  'legalForm',
  'stage',
  'markets',
  'sectors',
  'productsServices',
  'areaId',
  'localJobs',
  'turnoverBand',
  'socialMission',
  'membersCount',
  'website',
  'publicEmail',
  'listedPublicly',
] as const satisfies readonly (keyof EnterpriseFields)[];

/** Codes the city pack does not list and numbers out of range, each naming its field (422). */
export function enterpriseProblems(input: Partial<EnterpriseFields>, ref: EnterpriseReference): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.legalForm !== undefined && !ref.legalForms.some((f) => f.code === input.legalForm))
    problems.push({
      path: 'body.legalForm',
      message: `unknown legal form "${input.legalForm}"; use one of ${ref.legalForms.map((f) => f.code).join(', ')}`,
    });
  (input.markets ?? []).forEach((m, i) => {
    if (!ref.markets.some((k) => k.code === m))
      problems.push({
        path: `body.markets.${i}`,
        message: `unknown market "${m}"; use one of ${ref.markets.map((k) => k.code).join(', ')}`,
      });
  });
  if (input.localJobs !== undefined && (input.localJobs < 0 || input.localJobs > maxLocalJobs))
    problems.push({ path: 'body.localJobs', message: `must be between 0 and ${maxLocalJobs}` });
  if (input.membersCount != null && (input.membersCount < 0 || input.membersCount > maxMembers))
    problems.push({ path: 'body.membersCount', message: `must be between 0 and ${maxMembers}` });
  return problems;
}

/** Lower-cased text the directory searches: name, offer, sectors, mission, ward, market labels and keywords. */
export function searchTextOf(
  e: Pick<EnterpriseFields, 'name' | 'productsServices' | 'sectors' | 'socialMission' | 'markets'>,
  areaName: string | null,
  ref: EnterpriseReference,
): string {
  const marketWords = ref.markets
    .filter((m) => e.markets.includes(m.code))
    .flatMap((m) => [...Object.values(m.label), ...m.keywords]);
  return [e.name, e.productsServices, ...e.sectors, e.socialMission, areaName ?? '', ...marketWords]
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ')
    .toLowerCase();
}

export interface DirectoryQuery {
  /** words that must all appear in the search text */
  words: string[];
  /** a ward named at the end, "catering in Ladywood" */
  areaId: string | null;
}

/**
 * Splits a buyer's query into words and a trailing "in <area>" ("catering in Ladywood" → catering, Ladywood).
 * Longer area names win ("Soho and Victoria" before "Soho"); without a known area the whole query is text.
 */
export function parseDirectoryQuery(q: string, areas: readonly { id: string; name: string }[]): DirectoryQuery {
  const text = q.replace(/\s+/g, ' ').trim().toLowerCase();
  let areaId: string | null = null;
  let rest = text;
  const byLength = [...areas].sort((a, b) => b.name.length - a.name.length);
  for (const area of byLength) {
    const name = area.name.replace(/\s+/g, ' ').trim().toLowerCase();
    for (const joiner of [' in ', ' near ', ' around ']) {
      if (name && (text.endsWith(`${joiner}${name}`) || text === `${joiner.trim()} ${name}`)) {
        areaId = area.id;
        rest = text === `${joiner.trim()} ${name}` ? '' : text.slice(0, text.length - joiner.length - name.length);
        break;
      }
    }
    if (areaId) break;
  }
  const words = rest
    .split(/[\s,;]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return { words, areaId };
}

export interface FieldChange {
  field: (typeof editableFields)[number];
  from: unknown;
  to: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What a proposal would change, field by field (fields it does not name, or names unchanged, are left out). */
export function diffFields(current: EnterpriseFields, proposed: Partial<EnterpriseFields>): FieldChange[] {
  return editableFields
    .filter((f) => f in proposed && proposed[f] !== undefined && !same(current[f], proposed[f]))
    .map((f) => ({ field: f, from: current[f], to: proposed[f] }));
}
