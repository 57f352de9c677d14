import { describe, expect, it } from 'vitest';
import { listOf } from './NewReportPage';
import { pieces } from './TranscriptCoder';

describe('transcript pieces', () => {
  it('marks exactly the coded ranges and keeps the whole text', () => {
    const text = 'We need a warm room in winter.';
    const p = pieces(text, [
      { start: 3, end: 7 },
      { start: 5, end: 14 },
    ]);
    expect(p.map((x) => x.text).join('')).toBe(text);
    expect(p.filter((x) => x.coded).map((x) => x.text)).toEqual(['ne', 'ed', ' a warm']);
    expect(pieces(text, [])).toEqual([{ from: 0, to: text.length, text, coded: false }]);
  });
});

describe('report lists', () => {
  it('splits on lines and commas (Latin and Arabic), dropping blanks', () => {
    expect(listOf('bike repair, sewing\n\n first aid ،خياطة')).toEqual(['bike repair', 'sewing', 'first aid', 'خياطة']);
  });
});
