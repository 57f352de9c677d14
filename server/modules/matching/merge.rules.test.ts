import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from './candidates.rules';
import { duplicateMatch, higherLevel, nameSimilarity, reconcileConsent, reconcileFields } from './merge.rules';

const keys = (name: string, dateOfBirth: string | null = null, phoneKey: string | null = null) => ({
  id: name,
  nameKey: nameKey(name),
  dateOfBirth,
  phoneKey,
});

describe('duplicate detection', () => {
  it.each([
    ['Amal Haddad', 'HADDAD, Amál', '1990-01-01', '1990-01-01', ['same name and date of birth']],
    ['Amal Haddad', 'Amal Haddad', null, '1990-01-01', ['same name']],
    ['Mohammed Al-Haddad', 'Mohamed Alhaddad', '1985-03-09', '1985-03-09', ['similar name']],
    ['Mohammed Al-Haddad', 'Mohamed Alhaddad', '1985-03-09', '1985-03-10', []],
    ['Amal Haddad', 'Joanna Smith', '1990-01-01', '1990-01-01', []],
  ] as const)('%s / %s (%s, %s)', (a, b, da, db, expected) => {
    const reasons = duplicateMatch(keys(a, da), keys(b, db));
    expect(reasons.length).toBe(expected.length);
    expected.forEach((e, i) => expect(reasons[i]).toContain(e));
  });

  it('a shared phone is a reason of its own', () => {
    expect(duplicateMatch(keys('A Person', null, '07700900555'), keys('B Other', null, '07700900555'))).toEqual([
      'same phone number',
    ]);
  });

  it('name similarity is symmetric, within 0..1, and 1 for the same key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = nameSimilarity(nameKey(a), nameKey(b));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(nameKey(b), nameKey(a))).toBe(s);
        if (nameKey(a)) expect(nameSimilarity(nameKey(a), nameKey(a))).toBe(1);
      }),
    );
  });
});

describe('merge reconciliation', () => {
  it('fills what the survivor lacks, keeps its own value on a conflict and explains it', () => {
    const { fill, conflicts } = reconcileFields(
      { phone: '07700 900555', email: null, immigration_status_enc: 'x1' },
      { phone: '07700 900999', email: 'a@example.org', immigration_status_enc: 'x2', borough: 'Sandwell' },
    );
    expect(fill).toEqual({ email: 'a@example.org', borough: 'Sandwell' });
    expect(conflicts.map((c) => c.field)).toEqual(['phone', 'immigration_status_enc']);
    expect(conflicts[1]).toMatchObject({ kept: '(encrypted)', other: '(encrypted)' });
  });

  it.each([
    [true, true, true, false],
    [true, false, false, true],
    [false, true, false, true],
    [null, true, true, false],
    [true, null, true, false],
    [null, null, false, false],
  ] as const)('consent %s + %s = %s (conflict %s)', (s, m, granted, conflict) => {
    expect(reconcileConsent(s, m)).toEqual({ granted, conflict });
  });

  it('keeps the higher language level', () => {
    expect(higherLevel('B2', 'C1')).toBe('C1');
    expect(higherLevel('native', 'C2')).toBe('native');
    expect(higherLevel(null, 'A2')).toBe('A2');
  });
});
