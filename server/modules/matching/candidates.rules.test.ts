import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentsWithDefaults, duplicateReasons, nameKey, phoneKey } from './candidates.rules';

describe('candidate intake rules', () => {
  it.each([
    ['Amal Haddad', 'HADDAD, Amál'],
    ['  Testa   Fictional-Doctor ', 'fictional doctor testa'],
    ['Zoë Ĺistowska', 'listowska zoe'],
  ])('normalises %j and %j to the same name key', (x, y) => expect(nameKey(x)).toBe(nameKey(y)));

  it('keeps names in other scripts', () => {
    expect(nameKey('أمل حداد')).toBe(nameKey('حداد أمل'));
    expect(nameKey('أمل حداد')).not.toBe('');
  });

  it.each([
    ['+44 7700 900123', '07700900123'],
    ['0044 7700 900123', '07700900123'],
    ['447700900123', '07700900123'],
    ['07700-900-123', '07700900123'],
    ['123', null],
    [null, null],
  ])('phone %j -> %j', (phone, key) => expect(phoneKey(phone)).toBe(key));

  it('flags the same name and birth date, or the same phone, never a name alone', () => {
    const existing = [
      { id: 'a', nameKey: 'amal haddad', dateOfBirth: '1990-01-01', phoneKey: null },
      { id: 'b', nameKey: 'amal haddad', dateOfBirth: '1985-05-05', phoneKey: '07700900123' },
    ];
    expect(duplicateReasons({ nameKey: 'amal haddad', dateOfBirth: '1990-01-01', phoneKey: null }, existing)).toEqual([
      { id: 'a', reason: 'same name and date of birth' },
    ]);
    expect(duplicateReasons({ nameKey: 'other', dateOfBirth: null, phoneKey: '07700900123' }, existing)).toEqual([
      { id: 'b', reason: 'same phone number' },
    ]);
    expect(duplicateReasons({ nameKey: 'amal haddad', dateOfBirth: null, phoneKey: null }, existing)).toEqual([]);
  });

  it('property: publicity (and every purpose) is no unless explicitly granted', () => {
    fc.assert(
      fc.property(
        fc.record(
          { contact: fc.boolean(), referral: fc.boolean(), matching: fc.boolean(), publicity: fc.boolean() },
          { requiredKeys: [] },
        ),
        (given) => {
          const c = consentsWithDefaults(given);
          for (const p of ['contact', 'referral', 'matching', 'publicity'] as const)
            expect(c[p]).toBe(given[p] === true);
        },
      ),
    );
  });

  it('property: the name key ignores word order and case', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        expect(nameKey([...words].reverse().join(' ').toUpperCase())).toBe(nameKey(words.join(' ')));
      }),
    );
  });
});
