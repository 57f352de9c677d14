import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPriorityRules,
  orderWaitingList,
  priorityOf,
  priorityRules,
  type PriorityRule,
  type WaitingFacts,
} from './waiting-list.rules';

const TODAY = '2026-12-01';
const base: WaitingFacts = {
  entryId: 'e',
  joinedOn: TODAY,
  fundedBy: [],
  english: { status: 'unknown', gap: null },
  activeResearcher: false,
};
const only = (id: PriorityRule['id']) => defaultPriorityRules.filter((r) => r.id === id);

describe('priority of one waiting-list entry', () => {
  it.each([
    ['time-waited: 10 weeks', 'time-waited', { joinedOn: '2026-09-22' }, 10, 'waited 10 weeks'],
    ['time-waited: 6 days is 0 weeks', 'time-waited', { joinedOn: '2026-11-25' }, 0, 'waited 0 weeks'],
    ['funder covers', 'funder-eligible', { fundedBy: ['Sandwell fund'] }, 100, 'a funded place: Sandwell fund'],
    ['no funder', 'funder-eligible', {}, 0, 'no funder of a coming cohort covers this person'],
    ['half a band short', 'near-threshold', { english: { status: 'not-met', gap: 0.5 } }, 20, '0.5 bands short'],
    ['one band short', 'near-threshold', { english: { status: 'not-met', gap: 1 } }, 15, '1 band short'],
    ['three bands short', 'near-threshold', { english: { status: 'not-met', gap: 3 } }, 0, '3 bands short'],
    ['already met', 'near-threshold', { english: { status: 'met', gap: 0 } }, 0, 'already meets'],
    ['no result', 'near-threshold', {}, 0, 'no English result'],
    ['researcher', 'active-researcher', { activeResearcher: true }, 10, 'an active community researcher'],
    ['not researcher', 'active-researcher', {}, 0, 'not an active community researcher'],
    ['register unreadable', 'active-researcher', { activeResearcher: null }, 0, 'could not be checked'],
  ] as const)('%s', (_name, rule, facts, points, text) => {
    const p = priorityOf(only(rule), { ...base, ...facts } as WaitingFacts, TODAY);
    expect(p.score).toBe(points);
    expect(p.parts).toHaveLength(1);
    expect(p.parts[0]!.text).toContain(text);
  });

  it('leaves out a switched-off rule, from both the score and the explanation', () => {
    const rules = defaultPriorityRules.map((r) => (r.id === 'active-researcher' ? { ...r, enabled: false } : r));
    const p = priorityOf(rules, { ...base, activeResearcher: true }, TODAY);
    expect(p.parts.map((x) => x.rule)).not.toContain('active-researcher');
    expect(p.score).toBe(0);
  });

  it('refuses a rule listed twice and an unknown rule', () => {
    expect(priorityRules.safeParse([...only('time-waited'), ...only('time-waited')]).success).toBe(false);
    expect(priorityRules.safeParse([{ id: 'nationality', enabled: true, points: 5 }]).success).toBe(false);
    expect(priorityRules.safeParse(defaultPriorityRules).success).toBe(true);
  });
});

const day = fc
  .integer({ min: 0, max: 2000 })
  .map((n) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const facts = fc.record({
  entryId: fc.uuid(),
  joinedOn: day,
  fundedBy: fc.array(fc.constantFrom('Fund A', 'Fund B'), { maxLength: 2 }),
  english: fc.oneof(
    fc.constant({ status: 'unknown' as const, gap: null }),
    fc.constant({ status: 'met' as const, gap: 0 }),
    fc.integer({ min: 1, max: 12 }).map((n) => ({ status: 'not-met' as const, gap: n / 4 })),
  ),
  activeResearcher: fc.option(fc.boolean(), { nil: null }),
});
const entries = fc.uniqueArray(facts, { selector: (f) => f.entryId, maxLength: 30 });
const rules = fc.subarray(defaultPriorityRules).map((rs) => rs.map((r) => ({ ...r })));
const TO = '2026-12-31';

describe('waiting-list order (properties)', () => {
  it('gives positions 1..n, scores never rising down the list, equal scores by date joined', () => {
    fc.assert(
      fc.property(rules, entries, (rs, es) => {
        const list = orderWaitingList(rs, es, TO);
        expect(list.map((p) => p.position)).toEqual(es.map((_, i) => i + 1));
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1]!, list[i]!];
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.score === b.score) expect(a.joinedOn <= b.joinedOn).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order the entries arrive in', () => {
    fc.assert(
      fc.property(rules, entries, (rs, es) => {
        const ids = (xs: WaitingFacts[]) => orderWaitingList(rs, xs, TO).map((p) => p.entryId);
        expect(ids([...es].reverse())).toEqual(ids(es));
      }),
    );
  });

  it('explains every point: the score is the sum of the shown parts', () => {
    fc.assert(
      fc.property(rules, facts, (rs, f) => {
        const p = priorityOf(rs, f, TO);
        expect(p.parts.map((x) => x.rule)).toEqual(rs.filter((r) => r.enabled).map((r) => r.id));
        expect(p.score).toBeCloseTo(
          p.parts.reduce((s, x) => s + x.points, 0),
          6,
        );
      }),
    );
  });

  it('never moves someone down for being funded, waiting longer, or becoming a researcher', () => {
    fc.assert(
      fc.property(rules, facts, (rs, f) => {
        const before = priorityOf(rs, f, TO).score;
        expect(priorityOf(rs, { ...f, fundedBy: ['Fund C'] }, TO).score).toBeGreaterThanOrEqual(before);
        expect(priorityOf(rs, { ...f, joinedOn: '2020-12-31' }, TO).score).toBeGreaterThanOrEqual(before);
        expect(priorityOf(rs, { ...f, activeResearcher: true }, TO).score).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('ranks a smaller English gap at least as high as a larger one', () => {
    fc.assert(
      fc.property(rules, facts, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (rs, f, x, y) => {
        const [near, far] = [Math.min(x, y) / 4, Math.max(x, y) / 4];
        const score = (gap: number) => priorityOf(rs, { ...f, english: { status: 'not-met', gap } }, TO).score;
        expect(score(near)).toBeGreaterThanOrEqual(score(far));
      }),
    );
  });
});
