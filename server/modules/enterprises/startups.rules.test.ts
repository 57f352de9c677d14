import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completion, hasRoom, isStartup, moduleStatuses, weakestModules, type ModuleStatus } from './startups.rules';

const modules = ['business_planning', 'finance', 'marketing', 'product_service', 'board_recruitment'];

describe('start-up rules', () => {
  it.each([
    ['idea', true],
    ['start_up', true],
    ['established', false],
  ])('stage %s is a start-up: %s', (stage, expected) => expect(isStartup(stage)).toBe(expected));

  it.each([
    [0, 1, true],
    [11, 12, true],
    [12, 12, false],
    [13, 12, false],
    [500, null, true],
  ] as const)('%i taken of %s has room: %s', (taken, capacity, expected) =>
    expect(hasRoom(taken, capacity)).toBe(expected),
  );

  it('puts not-started modules before those in progress, in programme order, and skips completed ones', () => {
    const progress = new Map<string, ModuleStatus>([
      ['business_planning', 'completed'],
      ['finance', 'in_progress'],
      ['product_service', 'in_progress'],
    ]);
    expect(weakestModules(modules, progress)).toEqual(['marketing', 'board_recruitment', 'finance']);
    expect(completion(modules, progress)).toBe(20);
  });

  it('weakest modules are never completed, at most the limit, and all come from the programme', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...moduleStatuses), { minLength: 5, maxLength: 5 }), (statuses) => {
        const progress = new Map(modules.map((m, i) => [m, statuses[i]!]));
        const weak = weakestModules(modules, progress, 3);
        expect(weak.length).toBeLessThanOrEqual(3);
        for (const w of weak) expect(progress.get(w)).not.toBe('completed');
        expect(weak.length).toBe(Math.min(3, statuses.filter((s) => s !== 'completed').length));
        const c = completion(modules, progress);
        expect(c).toBe(Math.round((100 * statuses.filter((s) => s === 'completed').length) / 5));
      }),
    );
  });
});
