import { describe, expect, it } from 'vitest';
import { formatScore } from './score';

describe('formatScore', () => {
  it('shows 0–1 scores as a percentage', () => {
    expect(formatScore(0.855, 'en')).toBe('86%');
    expect(formatScore(1, 'en')).toBe('100%');
    expect(formatScore(0, 'en')).toBe('0%');
  });

  it('shows larger scores as numbers', () => {
    expect(formatScore(72.25, 'en')).toBe('72.3');
  });
});
