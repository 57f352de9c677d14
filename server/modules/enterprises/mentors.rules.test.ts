import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessMentor, suggestMentors, weights, type MentorFacts, type StartupFacts } from './mentors.rules';

const mentor = (over: Partial<MentorFacts> = {}): MentorFacts => ({
  id: 'm1',
  name: 'Mentor',
  active: true,
  sectors: ['food'],
  skills: ['finance', 'marketing'],
  languages: ['en'],
  hoursPerMonth: 4,
  maxMentees: 2,
  activeMentees: 0,
  ...over,
});
const startup: StartupFacts = { markets: ['food'], weakestModules: ['finance', 'marketing'], languages: ['en'] };

describe('assessMentor', () => {
  it.each([
    ['a perfect fit', {}, startup, 100],
    ['another market', { sectors: ['creative'] }, startup, 65],
    ['half the weak modules', { skills: ['finance'] }, startup, 80],
    ['none of the weak modules', { skills: ['board_recruitment'] }, startup, 60],
    ['speaks the second language only', { languages: ['ar'] }, { ...startup, languages: ['en', 'ar'] }, 90],
    ['two hours a month', { hoursPerMonth: 2 }, startup, 93],
    ['many hours count as four', { hoursPerMonth: 40 }, startup, 100],
    ['no weak modules left', {}, { ...startup, weakestModules: [] }, 60],
    ['no language recorded means English', {}, { ...startup, languages: [] }, 100],
  ] as const)('%s scores %i', (_name, over, s, score) => {
    const a = assessMentor(mentor(over), s);
    expect(a.eligible && a.score).toBe(score);
  });

  it.each([
    ['paused', { active: false }, 'paused'],
    ['full', { maxMentees: 2, activeMentees: 2 }, 'full'],
    ['no common language', { languages: ['pl'] }, 'no_common_language'],
  ] as const)('gate: %s', (_name, over, gate) => {
    expect(assessMentor(mentor(over), startup)).toEqual({ eligible: false, mentorId: 'm1', gate });
  });

  it('explains each part with what matched', () => {
    const a = assessMentor(mentor({ skills: ['finance'] }), startup);
    expect(a.eligible && a.reasons).toEqual([
      { code: 'market', points: 35, markets: ['food'] },
      { code: 'skills', points: 20, modules: ['finance'], of: 2 },
      { code: 'language', points: 10, languages: ['en'], preferred: true },
      { code: 'time', points: 15, hoursPerMonth: 4, freeSlots: 2 },
    ]);
  });
});

const codes = fc.constantFrom('food', 'creative', 'retail', 'finance', 'marketing', 'board_recruitment');
const langs = fc.constantFrom('en', 'ar', 'ur', 'pl');
const mentorArb = fc.record({
  id: fc.uuid(),
  name: fc.string({ maxLength: 8 }),
  active: fc.boolean(),
  sectors: fc.array(codes, { maxLength: 3 }),
  skills: fc.array(codes, { maxLength: 4 }),
  languages: fc.array(langs, { minLength: 1, maxLength: 3 }),
  hoursPerMonth: fc.integer({ min: 1, max: 80 }),
  maxMentees: fc.integer({ min: 1, max: 10 }),
  activeMentees: fc.integer({ min: 0, max: 10 }),
});
const startupArb = fc.record({
  markets: fc.array(codes, { maxLength: 3 }),
  weakestModules: fc.uniqueArray(codes, { maxLength: 3 }),
  languages: fc.uniqueArray(langs, { maxLength: 2 }),
});

describe('matching properties', () => {
  it('scores stay within 0..100 and equal the sum of their reasons', () => {
    fc.assert(
      fc.property(mentorArb, startupArb, (m, s) => {
        const a = assessMentor(m, s);
        if (!a.eligible) return;
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        expect(a.reasons.reduce((t, r) => t + r.points, 0)).toBe(a.score);
      }),
    );
  });

  it('never suggests a paused or full mentor, or one without a common language', () => {
    fc.assert(
      fc.property(fc.array(mentorArb, { maxLength: 8 }), startupArb, (ms, s) => {
        const wanted = s.languages.length ? s.languages : ['en'];
        for (const sug of suggestMentors(ms, s, 20)) {
          const m = ms.find((x) => x.id === sug.mentorId)!;
          expect(m.active && m.activeMentees < m.maxMentees).toBe(true);
          expect(m.languages.some((l) => wanted.includes(l))).toBe(true);
        }
      }),
    );
  });

  it('lists suggestions best first', () => {
    fc.assert(
      fc.property(fc.array(mentorArb, { maxLength: 8 }), startupArb, (ms, s) => {
        const scores = suggestMentors(ms, s, 20).map((x) => x.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });

  it('gaining a skill for a weak module never lowers the score', () => {
    fc.assert(
      fc.property(mentorArb, startupArb, (m, s) => {
        fc.pre(s.weakestModules.length > 0);
        const before = assessMentor(m, s);
        const after = assessMentor({ ...m, skills: [...m.skills, s.weakestModules[0]!] }, s);
        if (before.eligible && after.eligible) expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.eligible).toBe(before.eligible);
      }),
    );
  });

  it('the market part is all or nothing', () => {
    fc.assert(
      fc.property(mentorArb, startupArb, (m, s) => {
        const a = assessMentor(m, s);
        if (a.eligible) expect([0, weights.market]).toContain(a.reasons[0]!.points);
      }),
    );
  });
});
