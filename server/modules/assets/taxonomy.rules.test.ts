import { describe, expect, it } from 'vitest';
import { describeTaxonomyProblem, duplicateCodes, labelIn, searchText } from './taxonomy.rules';

describe('taxonomy rules', () => {
  it('builds search text from every label and synonym, normalised and de-duplicated', () => {
    const text = searchText({
      labels: { en: 'Registered Nurse', pl: 'Pielęgniarka' },
      synonyms: { en: ['registered nurse', 'RN'], ar: ['الممرضة'] },
    });
    expect(text.split(' | ')).toEqual(['registered nurse', 'pielegniarka', 'rn', 'ممرضه']);
  });

  it('falls back to English labels', () => {
    expect(labelIn({ en: 'Chef', ar: 'طاه' }, 'ar')).toBe('طاه');
    expect(labelIn({ en: 'Chef' }, 'fa')).toBe('Chef');
  });

  it('names the bad entry by index and code', () => {
    const raw = { occupations: [{ code: 'a' }, { code: 'chef' }] };
    expect(describeTaxonomyProblem(raw, ['occupations', 1, 'isco08'], 'a 4-digit code')).toBe(
      'occupations[1] (chef): isco08: a 4-digit code',
    );
    expect(describeTaxonomyProblem(raw, ['occupations', 5], 'bad')).toBe('occupations[5]: bad');
    expect(describeTaxonomyProblem(raw, ['version'], 'required')).toBe('version: required');
    expect(duplicateCodes(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual(['a', 'b']);
  });
});
