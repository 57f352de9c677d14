import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hiddenTalent, inGroup, supplyGroups } from './linking.supply.rules';

describe('supply and gap rules', () => {
  it('shares one supply group between opportunities that ask for the same thing', () => {
    const { groups, groupOf } = supplyGroups([
      { kind: 'vacancy', codes: ['midwife', 'nurse-adult'] },
      { kind: 'work_placement', codes: ['nurse-adult', 'midwife'] },
      { kind: 'contract', codes: [] },
      { kind: 'vacancy', codes: ['chef'] },
      { kind: 'nonsense', codes: ['chef'] },
    ]);
    expect(groups).toEqual([
      { codes: ['midwife', 'nurse-adult'], kinds: ['qualification', 'skill', 'talent'] },
      { codes: [], kinds: ['social_enterprise', 'group', 'network'] },
      { codes: ['chef'], kinds: ['qualification', 'skill', 'talent'] },
    ]);
    expect(groupOf).toEqual([0, 0, 1, 2, -1]);
  });

  it('counts an asset for a group only with a supplying kind and a named occupation (any when none)', () => {
    const nurses = { codes: ['nurse-adult'], kinds: ['qualification', 'skill', 'talent'] };
    expect(inGroup(nurses, { occupationCode: 'nurse-adult', kind: 'skill' })).toBe(true);
    expect(inGroup(nurses, { occupationCode: 'chef', kind: 'skill' })).toBe(false);
    expect(inGroup(nurses, { occupationCode: null, kind: 'skill' })).toBe(false);
    expect(inGroup(nurses, { occupationCode: 'nurse-adult', kind: 'group' })).toBe(false);
    const anyGroup = { codes: [], kinds: ['group'] };
    expect(inGroup(anyGroup, { occupationCode: null, kind: 'group' })).toBe(true);
    fc.assert(
      fc.property(
        fc.subarray(['a', 'b', 'c']),
        fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
        (codes, code) => {
          const hit = inGroup({ codes, kinds: ['skill'] }, { occupationCode: code, kind: 'skill' });
          expect(hit).toBe(codes.length === 0 || (code !== null && codes.includes(code)));
        },
      ),
    );
  });

  it('finds hidden talent: local skills that no open opportunity asks for, most first', () => {
    const rows = [
      { areaId: 'a1', occupationCode: 'tailor', kind: 'skill', n: 3 },
      { areaId: 'a2', occupationCode: 'tailor', kind: 'qualification', n: 4 },
      { areaId: 'a1', occupationCode: 'nurse-adult', kind: 'skill', n: 40 },
      { areaId: 'a1', occupationCode: 'chef', kind: 'skill', n: 9 },
      { areaId: 'a1', occupationCode: 'chef', kind: 'social_enterprise', n: 50 },
      { areaId: 'a1', occupationCode: null, kind: 'skill', n: 12 },
    ];
    const talent = hiddenTalent(rows, new Set(['nurse-adult']));
    expect(talent.map((t) => [t.occupationCode, t.total])).toEqual([
      ['chef', 9],
      ['tailor', 7],
    ]);
    expect([...talent[1]!.byArea]).toEqual([
      ['a1', 3],
      ['a2', 4],
    ]);
  });
});
