/**
 * Mentor ↔ start-up matching: pure, explained scoring. A mentor is considered only if active, with a free
 * mentee slot and a language in common (gates, never traded off); the score (0..100) then adds up four parts,
 * each with a reason the staff see before confirming:
 *   market    35  the mentor knows one of the start-up's markets
 *   skills    40  the mentor's skills cover the start-up's weakest programme modules (shared equally)
 *   language  10  the mentor speaks the start-up's first language
 *   time      15  hours a month (4 or more gives all 15) and at least one free slot
 */
export interface MentorFacts {
  id: string;
  name: string;
  active: boolean;
  sectors: readonly string[];
  skills: readonly string[];
  languages: readonly string[];
  hoursPerMonth: number;
  maxMentees: number;
  activeMentees: number;
}

export interface StartupFacts {
  markets: readonly string[];
  /** the modules the start-up is furthest behind on, weakest first (see weakestModules) */
  weakestModules: readonly string[];
  /** languages of the start-up's people, preferred first */
  languages: readonly string[];
}

export type Reason =
  | { code: 'market'; points: number; markets: string[] }
  | { code: 'skills'; points: number; modules: string[]; of: number }
  | { code: 'language'; points: number; languages: string[]; preferred: boolean }
  | { code: 'time'; points: number; hoursPerMonth: number; freeSlots: number };

export type Gate = 'paused' | 'full' | 'no_common_language';

export type Assessment =
  | { eligible: true; mentorId: string; score: number; reasons: Reason[] }
  | { eligible: false; mentorId: string; gate: Gate };

export const weights = { market: 35, skills: 40, language: 10, time: 15 } as const;
export const fullTimeHours = 4;

const common = (a: readonly string[], b: readonly string[]) => [...new Set(a.filter((x) => b.includes(x)))];

export function assessMentor(m: MentorFacts, s: StartupFacts): Assessment {
  if (!m.active) return { eligible: false, mentorId: m.id, gate: 'paused' };
  const freeSlots = m.maxMentees - m.activeMentees;
  if (freeSlots <= 0) return { eligible: false, mentorId: m.id, gate: 'full' };
  // a start-up with no recorded language is taken to work in English
  const wanted = s.languages.length > 0 ? s.languages : ['en'];
  const shared = common(wanted, m.languages);
  if (shared.length === 0) return { eligible: false, mentorId: m.id, gate: 'no_common_language' };

  const markets = common(s.markets, m.sectors);
  const covered = common(s.weakestModules, m.skills);
  const preferred = m.languages.includes(wanted[0]!);
  const reasons: Reason[] = [
    { code: 'market', points: markets.length > 0 ? weights.market : 0, markets },
    {
      code: 'skills',
      points:
        s.weakestModules.length === 0 ? 0 : Math.round((weights.skills * covered.length) / s.weakestModules.length),
      modules: covered,
      of: s.weakestModules.length,
    },
    { code: 'language', points: preferred ? weights.language : 0, languages: shared, preferred },
    {
      code: 'time',
      points: Math.round((weights.time * Math.min(m.hoursPerMonth, fullTimeHours)) / fullTimeHours),
      hoursPerMonth: m.hoursPerMonth,
      freeSlots,
    },
  ];
  return { eligible: true, mentorId: m.id, score: reasons.reduce((t, r) => t + r.points, 0), reasons };
}

export type Suggestion = Extract<Assessment, { eligible: true }> & { name: string };

/** Eligible mentors, best first: score, then more free slots, then name (a stable, explainable order). */
export function suggestMentors(mentors: readonly MentorFacts[], s: StartupFacts, limit = 5): Suggestion[] {
  const slots = new Map(mentors.map((m) => [m.id, m.maxMentees - m.activeMentees]));
  return mentors
    .map((m) => ({ ...assessMentor(m, s), name: m.name }))
    .filter((a): a is Suggestion => a.eligible)
    .sort(
      (a, b) =>
        b.score - a.score ||
        slots.get(b.mentorId)! - slots.get(a.mentorId)! ||
        a.name.localeCompare(b.name) ||
        a.mentorId.localeCompare(b.mentorId),
    )
    .slice(0, limit);
}
