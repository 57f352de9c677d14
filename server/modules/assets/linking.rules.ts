/**
 * Linking rules: which micro-assets could supply an opportunity, how well, and why; and the gaps.
 * Pure functions. They read only the fields named in their input types: never a protected characteristic,
 * nationality or immigration status. Legal gates (right to work, DBS, registration) are never assumed
 * satisfied: every candidate carries the check it still needs, and a person confirms every link.
 */

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Cefr = (typeof cefrLevels)[number];

export interface AreaRef {
  id: string;
  name: string;
}

export interface OccupationRef {
  code: string;
  label: string;
  isco08: string;
}

/** What an opportunity asks for. */
export interface Needs {
  kind: string;
  occupations: readonly OccupationRef[];
  englishLevel: string | null;
  legalGates: readonly string[];
  area: AreaRef | null;
}

/** A micro-asset that might supply it, with resident-level facts when they are known. */
export interface SupplyItem {
  kind: string;
  category: string;
  occupationCode: string | null;
  ownerType: string;
  area: AreaRef | null;
  facts?: { englishLevel?: string | null } | undefined;
}

export interface Link {
  score: number;
  reasons: string[];
}

/** Who is looking: decides which individual micro-assets may be shown (counts are always aggregate). */
export interface Viewer {
  partnerId: string;
  /** the policy lets this role see every partner's records */
  allPartners: boolean;
  /** a partner role, which may see other partners' partners-only assets */
  partnerRole: boolean;
}

// Each list is best-scoring kind first (see kindWeights): the candidate look-up relies on that order.
const humanSupply = ['qualification', 'skill', 'talent'] as const;
const organisations = ['social_enterprise', 'group', 'network'] as const;

/** The micro-asset kinds that can supply each kind of opportunity, best-scoring first. */
const supplyByKind: Record<string, readonly string[]> = {
  vacancy: humanSupply,
  training_place: humanSupply,
  work_placement: humanSupply,
  volunteering: humanSupply,
  contract: organisations,
  grant: [...organisations, 'idea'],
  space: [...organisations, 'idea'],
};

export function supplyKinds(opportunityKind: string): readonly string[] {
  return supplyByKind[opportunityKind] ?? [];
}

/** Every opportunity kind with the micro-asset kinds that can supply it (for queries that need them all). */
export const supplyTable = (): [string, readonly string[]][] => Object.entries(supplyByKind);

/** The micro-asset kinds that count as a local supply of an occupation's skills (hidden talent). */
export const talentKinds: readonly string[] = humanSupply;

const nouns: Record<string, string> = {
  vacancy: 'vacancy',
  training_place: 'training place',
  work_placement: 'placement',
  contract: 'contract',
  grant: 'grant',
  volunteering: 'role',
  space: 'space',
};
const nounOf = (kind: string) => nouns[kind] ?? 'opportunity';

export function isCandidate(needs: Needs, item: SupplyItem): boolean {
  if (!supplyKinds(needs.kind).includes(item.kind)) return false;
  if (needs.occupations.length === 0) return true;
  return needs.occupations.some((o) => o.code === item.occupationCode);
}

export const kindWeights: Record<string, [weight: number, phrase: string]> = {
  qualification: [0.15, 'a recorded qualification'],
  skill: [0.1, 'a recorded skill'],
  talent: [0.05, 'a talent'],
  idea: [0.05, 'an idea'],
  social_enterprise: [0.15, 'a social enterprise'],
  group: [0.1, 'a community group'],
  network: [0.1, 'a community network'],
};

const uses: Record<string, string> = {
  contract: 'could bid for the contract',
  grant: 'could apply for the grant',
  space: 'could use the space',
};

function occupationPart(needs: Needs, item: SupplyItem): [number, string] {
  const match = needs.occupations.find((o) => o.code === item.occupationCode);
  if (match) return [0.5, `same occupation: ${match.label} (ISCO ${match.isco08})`];
  return [0.3, uses[needs.kind] ?? `could take up the ${nounOf(needs.kind)}`];
}

function areaPart(needs: Needs, item: SupplyItem): [number, string] {
  const noun = nounOf(needs.kind);
  if (!item.area) return [0, 'area not recorded'];
  if (!needs.area) return [0.2, `in ${item.area.name}; the ${noun} is open across the programme`];
  if (needs.area.id === item.area.id) return [0.3, `in ${item.area.name}, the ${noun}'s area`];
  return [0.1, `in ${item.area.name}; the ${noun} is in ${needs.area.name}`];
}

const cefrRank = (level: string | null | undefined) => (level ? cefrLevels.indexOf(level as Cefr) : -1);

function englishPart(needs: Needs, item: SupplyItem): [number, string] | null {
  if (!needs.englishLevel || item.category !== 'human') return null;
  const known = item.facts?.englishLevel ?? null;
  if (cefrRank(known) < 0) return [0, `English level unknown — check ${needs.englishLevel}`];
  if (cefrRank(known) >= cefrRank(needs.englishLevel)) return [0.05, `English ${known} meets ${needs.englishLevel}`];
  return [0, `English ${known}, below the ${needs.englishLevel} asked — a course could close the gap`];
}

const gatePhrases: Record<string, string> = {
  right_to_work: 'right-to-work',
  dbs_basic: 'basic DBS',
  dbs_enhanced: 'enhanced DBS',
  professional_registration: 'professional registration',
  driving_licence: 'driving licence',
};

/** "right_to_work" -> "needs right-to-work check"; unknown gates are spelt out the same way. */
export function gateCheck(gate: string): string {
  const phrase =
    gatePhrases[gate] ??
    gate
      .split(/[_\s-]+/)
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
  return `needs ${phrase} check`;
}

/** A score in 0..1 and the reasons behind it, for an item that isCandidate accepted. */
export function explainLink(needs: Needs, item: SupplyItem): Link {
  const parts: [number, string][] = [occupationPart(needs, item)];
  const kind = kindWeights[item.kind];
  if (kind) parts.push(kind);
  parts.push(areaPart(needs, item));
  const english = englishPart(needs, item);
  if (english) parts.push(english);
  const score = Math.min(
    1,
    parts.reduce((sum, [w]) => sum + w, 0),
  );
  const gates = [...new Set(needs.legalGates)].map(gateCheck);
  return { score: Math.round(score * 100) / 100, reasons: [...parts.map(([, r]) => r), ...gates] };
}

/** Candidates only, best first (ties by name, then id), at most cap. */
export function rankCandidates<T extends { id: string; name: string; item: SupplyItem }>(
  needs: Needs,
  items: readonly T[],
  cap = 10,
): (T & Link)[] {
  const seen = new Set<string>();
  return items
    .filter((t) => !seen.has(t.id) && seen.add(t.id) && isCandidate(needs, t.item))
    .map((t) => ({ ...t, ...explainLink(needs, t.item) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, cap);
}
