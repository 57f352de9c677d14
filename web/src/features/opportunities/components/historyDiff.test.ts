import { describe, expect, it } from 'vitest';
import { changedFields, displayValue } from './historyDiff';

describe('changedFields', () => {
  it('lists only the fields that changed, ignoring bookkeeping', () => {
    expect(
      changedFields(
        { title: 'Porter', quantity: 2, version: 1, updatedAt: 'a', closesOn: '2026-01-01' },
        { title: 'Porter', quantity: 3, version: 2, updatedAt: 'b', closesOn: null },
      ),
    ).toEqual([
      { field: 'quantity', before: '2', after: '3' },
      { field: 'closesOn', before: '2026-01-01', after: '—' },
    ]);
  });

  it('treats a created record as every field going from nothing to its value', () => {
    expect(changedFields(null, { title: 'Nurse', occupations: ['nurse'] })).toEqual([
      { field: 'title', before: '—', after: 'Nurse' },
      { field: 'occupations', before: '—', after: 'nurse' },
    ]);
  });
});

describe('displayValue', () => {
  it('prefers names and labels over raw objects', () => {
    expect(displayValue({ id: 'x', name: 'Ladywood' })).toBe('Ladywood');
    expect(displayValue([{ code: 'nurse', label: 'Nurse' }, 'porter'])).toBe('Nurse, porter');
    expect(displayValue({ lat: 52.4, lng: -1.9 })).toBe('52.4, -1.9');
    expect(displayValue([])).toBe('—');
    expect(displayValue(false)).toBe('false');
  });
});
