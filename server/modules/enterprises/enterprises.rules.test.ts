import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logoTypeOf } from './enterprises.logo.rules';
import {
  diffFields,
  enterpriseProblems,
  parseDirectoryQuery,
  searchTextOf,
  type EnterpriseFields,
} from './enterprises.rules';

const ref = {
  legalForms: [
    { code: 'cic', label: { en: 'CIC' } },
    { code: 'co_operative', label: { en: 'Co-operative' } },
  ],
  markets: [{ code: 'food', label: { en: 'Food', ar: 'الغذاء' }, keywords: ['catering'] }],
};
const areas = [
  { id: 'a1', name: 'Ladywood' },
  { id: 'a2', name: 'Soho' },
  { id: 'a3', name: 'Soho and Victoria' },
];

describe('enterprise rules', () => {
  it('names unknown legal forms and markets and out-of-range numbers, each with its field', () => {
    const problems = enterpriseProblems(
      { legalForm: 'plc', markets: ['food', 'mining'], localJobs: -1, membersCount: 2_000_000 },
      ref,
    );
    expect(problems.map((p) => p.path)).toEqual([
      'body.legalForm',
      'body.markets.1',
      'body.localJobs',
      'body.membersCount',
    ]);
    expect(problems[0]!.message).toMatch(/unknown legal form "plc"; use one of cic, co_operative/);
    expect(problems[2]!.message).toBe('must be between 0 and 100000');
    expect(enterpriseProblems({ legalForm: 'cic', markets: ['food'], localJobs: 100_000 }, ref)).toEqual([]);
  });

  it('splits "catering in Ladywood" into words and the ward; longer ward names win', () => {
    expect(parseDirectoryQuery('Catering in  Ladywood', areas)).toEqual({ words: ['catering'], areaId: 'a1' });
    expect(parseDirectoryQuery('food in soho and victoria', areas)).toEqual({ words: ['food'], areaId: 'a3' });
    expect(parseDirectoryQuery('in Soho', areas)).toEqual({ words: [], areaId: 'a2' });
    expect(parseDirectoryQuery('catering in Paris', areas)).toEqual({
      words: ['catering', 'in', 'paris'],
      areaId: null,
    });
  });

  it('never finds a ward in a query that does not end with one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        const parsed = parseDirectoryQuery(q, areas);
        if (parsed.areaId) expect(q.toLowerCase().replace(/\s+/g, ' ').trim()).toMatch(/(ladywood|soho|victoria)$/);
        expect(parsed.words.length).toBeLessThanOrEqual(8);
        for (const w of parsed.words) expect(w).not.toMatch(/\s/);
      }),
    );
  });

  it('search text holds the market labels in every language and the keywords', () => {
    const text = searchTextOf(
      {
        name: 'Spice Kitchen',
        productsServices: 'Lunches',
        sectors: ['Hospitality'],
        socialMission: '',
        markets: ['food'],
      },
      'Ladywood',
      ref,
    );
    expect(text).toContain('catering');
    expect(text).toContain('الغذاء');
    expect(text).toContain('ladywood');
    expect(text).toBe(text.toLowerCase());
  });

  it('diffs only the fields a proposal changes', () => {
    const current = {
      name: 'A',
      legalForm: 'cic',
      stage: 'idea',
      markets: ['food'],
      sectors: [],
      productsServices: '',
      areaId: null,
      localJobs: 1,
      turnoverBand: 'unknown',
      socialMission: '',
      membersCount: null,
      website: null,
      publicEmail: null,
      listedPublicly: false,
    } satisfies EnterpriseFields;
    expect(diffFields(current, { name: 'A', localJobs: 3, markets: ['food'] })).toEqual([
      { field: 'localJobs', from: 1, to: 3 },
    ]);
  });

  it('recognises PNG, JPEG and WebP by their bytes and nothing else', () => {
    expect(logoTypeOf(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(logoTypeOf(Buffer.from('ffd8ffe000', 'hex'))).toBe('image/jpeg');
    expect(logoTypeOf(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(logoTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
