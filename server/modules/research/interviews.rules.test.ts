import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkComplete, checkSegment, quoteFor, summariseThemes, type QuoteConsent } from './interviews.rules';

describe('coded segments', () => {
  it.each([
    [10, 0, 5, null],
    [10, 0, 10, null],
    [10, -1, 5, 'start'],
    [10, 5, 5, 'end'],
    [10, 6, 5, 'end'],
    [10, 0, 11, 'end'],
    [10, 1.5, 4, 'start'],
  ] as const)('length %i, %d..%d -> %s', (len, start, end, field) => {
    expect(checkSegment(len, start, end)?.field ?? null).toBe(field);
  });

  it('accepts exactly the ranges that lie inside the transcript', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.integer({ min: -50, max: 12_000 }),
        fc.integer({ min: -50, max: 12_000 }),
        (len, s, e) => {
          const ok = checkSegment(len, s, e) === null;
          return ok === (s >= 0 && e > s && e <= len && e - s <= 5000);
        },
      ),
    );
  });
});

describe('quotes follow consent', () => {
  const transcript = 'We need a place to meet that is not the pub.';
  it.each([
    [false, 'none', null],
    [true, 'none', null],
    [true, 'anonymised', { text: 'We need a place to meet', attribution: null }],
    [true, 'attributed', { text: 'We need a place to meet', attribution: 'Speaker A' }],
  ] as const)('consent %s, quote consent %s', (consentRecorded, quoteConsent, expected) => {
    expect(quoteFor({ consentRecorded, quoteConsent }, transcript, 0, 23, 'Speaker A')).toEqual(expected);
  });

  it('never yields a quote without both consents, whatever the segment', () => {
    const consent = fc.record({
      consentRecorded: fc.boolean(),
      quoteConsent: fc.constantFrom<QuoteConsent>('none', 'anonymised', 'attributed'),
    });
    fc.assert(
      fc.property(consent, fc.string(), fc.nat(50), fc.nat(50), (c, t, a, b) => {
        const q = quoteFor(c, t, Math.min(a, b), Math.max(a, b), 'X');
        if (!c.consentRecorded || c.quoteConsent === 'none') return q === null;
        return q === null || (c.quoteConsent === 'anonymised' ? q.attribution === null : q.attribution === 'X');
      }),
    );
  });
});

describe('completion and themes', () => {
  it('needs consent and a transcript or recording', () => {
    expect(checkComplete({ consentRecorded: false, quoteConsent: 'none' }, 'text', true)).toBe('consent-missing');
    expect(checkComplete({ consentRecorded: true, quoteConsent: 'none' }, '  ', false)).toBe('nothing-recorded');
    expect(checkComplete({ consentRecorded: true, quoteConsent: 'none' }, '', true)).toBeNull();
  });

  it('counts interviews once per theme and keeps at most three distinct quotes', () => {
    const q = (text: string) => ({ text, attribution: null });
    const s = summariseThemes([
      { themeId: 't', interviewId: 'a', quote: q('one') },
      { themeId: 't', interviewId: 'a', quote: q('one') },
      { themeId: 't', interviewId: 'b', quote: null },
      { themeId: 't', interviewId: 'c', quote: q('two') },
      { themeId: 't', interviewId: 'c', quote: q('three') },
      { themeId: 't', interviewId: 'd', quote: q('four') },
      { themeId: 'u', interviewId: 'b', quote: null },
    ]);
    expect(s.get('t')).toEqual({ interviews: 4, segments: 6, quotes: [q('one'), q('two'), q('three')] });
    expect(s.get('u')).toEqual({ interviews: 1, segments: 1, quotes: [] });
  });
});
