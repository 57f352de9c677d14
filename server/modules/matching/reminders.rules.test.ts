import { describe, expect, it } from 'vitest';
import { datesToRemind, languageFor, reminderMail } from './reminders.rules';
import { reminderTexts } from './reminders.texts';

const texts = reminderTexts();
const exam = { kind: 'exam' as const, what: 'PLAB 1', date: '2026-12-10', name: 'Huda' };

describe('reminder wording (data) and days', () => {
  it('has every text in en, ar, pl and ro', () => {
    expect(Object.keys(texts.languages).sort()).toEqual(['ar', 'en', 'pl', 'ro']);
  });
  it('reminds 7 days and 1 day ahead', () => {
    expect(datesToRemind(texts, '2026-12-03')).toEqual(['2026-12-10', '2026-12-04']);
  });
  it.each([
    ['en', '2026-12-09', 'Reminder: your PLAB 1 exam is tomorrow'],
    ['ar', '2026-12-09', 'تذكير: امتحان PLAB 1 غدًا'],
    ['pl', '2026-12-03', 'Przypomnienie: egzamin PLAB 1 za 7 dni'],
    ['ro', '2026-12-09', 'Memento: examenul PLAB 1 este mâine'],
  ])('%s on %s', (language, today, subject) => {
    const mail = reminderMail(texts, exam, today, language);
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain('2026-12-10');
    expect(mail.text).not.toMatch(/\{\w+\}/);
  });
  it('falls back to English for a language without texts', () => {
    expect(languageFor(texts, 'ur')).toBe('en');
    expect(languageFor(texts, null)).toBe('en');
    expect(languageFor(texts, 'ar')).toBe('ar');
  });
});
