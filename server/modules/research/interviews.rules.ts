/**
 * Pure rules for interviews: consent, coded segments and which quotes may be shown. No I/O here.
 * Offsets count UTF-16 code units of the transcript (what a browser's text selection reports).
 */
export const quoteConsents = ['none', 'anonymised', 'attributed'] as const;
export type QuoteConsent = (typeof quoteConsents)[number];

export interface ConsentState {
  consentRecorded: boolean;
  quoteConsent: QuoteConsent;
}

export type SegmentProblem = { field: 'start' | 'end'; message: string };

export const MAX_SEGMENT_CHARS = 5000;

export function checkSegment(transcriptLength: number, start: number, end: number): SegmentProblem | null {
  if (!Number.isInteger(start) || start < 0) return { field: 'start', message: 'must be a whole number from 0' };
  if (!Number.isInteger(end)) return { field: 'end', message: 'must be a whole number' };
  if (end <= start) return { field: 'end', message: 'must be after start' };
  if (end > transcriptLength)
    return { field: 'end', message: `beyond the transcript (${transcriptLength} characters)` };
  if (end - start > MAX_SEGMENT_CHARS)
    return { field: 'end', message: `a segment is at most ${MAX_SEGMENT_CHARS} characters` };
  return null;
}

/** Quotes appear only where the interviewee consented: anonymised (no name) or attributed (with their label). */
export function quoteFor(
  c: ConsentState,
  transcript: string,
  start: number,
  end: number,
  intervieweeLabel: string,
): { text: string; attribution: string | null } | null {
  if (!c.consentRecorded || c.quoteConsent === 'none') return null;
  const text = transcript.slice(start, end).trim();
  if (text === '') return null;
  return { text, attribution: c.quoteConsent === 'attributed' ? intervieweeLabel : null };
}

export type CompleteProblem = 'consent-missing' | 'nothing-recorded';

/** An interview counts as complete (towards accreditation and themes) once consent and a record exist. */
export function checkComplete(c: ConsentState, transcript: string, hasAudio: boolean): CompleteProblem | null {
  if (!c.consentRecorded) return 'consent-missing';
  if (transcript.trim() === '' && !hasAudio) return 'nothing-recorded';
  return null;
}

export interface ThemeSegment {
  themeId: string;
  interviewId: string;
  quote: { text: string; attribution: string | null } | null;
}

/** Per theme: how many interviews and segments touch it, and up to `maxQuotes` consented example quotes. */
export function summariseThemes(segments: readonly ThemeSegment[], maxQuotes = 3) {
  const out = new Map<
    string,
    { interviews: Set<string>; segments: number; quotes: { text: string; attribution: string | null }[] }
  >();
  for (const s of segments) {
    const t = out.get(s.themeId) ?? { interviews: new Set<string>(), segments: 0, quotes: [] };
    t.interviews.add(s.interviewId);
    t.segments++;
    if (s.quote && t.quotes.length < maxQuotes && !t.quotes.some((q) => q.text === s.quote!.text))
      t.quotes.push(s.quote);
    out.set(s.themeId, t);
  }
  return new Map(
    [...out].map(([id, t]) => [id, { interviews: t.interviews.size, segments: t.segments, quotes: t.quotes }] as const),
  );
}
