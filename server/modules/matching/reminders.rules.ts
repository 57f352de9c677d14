import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Class and exam reminders: which days to remind on, and the mail in the candidate's language. The wording is data
 * (reminders.texts.json: en, ar, pl, ro), checked when first read; everything else here is pure.
 */

const language = z.strictObject({
  classSubject: z.string().min(1),
  examSubject: z.string().min(1),
  body: z.string().min(1),
  tomorrow: z.string().min(1),
  inDays: z.string().includes('{days}'),
});
const textsFile = z.object({
  version: z.string(),
  daysBefore: z.array(z.number().int().min(1).max(60)).min(1),
  languages: z.record(z.string().regex(/^[a-z]{2,3}$/), language).refine((l) => 'en' in l, 'English is needed'),
});
const texts = textsFile.parse(JSON.parse(readFileSync(new URL('./reminders.texts.json', import.meta.url), 'utf8')));

export type ReminderLanguage = string;
export const reminderLanguages = Object.keys(texts.languages);
export const reminderDaysBefore: readonly number[] = texts.daysBefore;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The language a reminder is written in: the candidate's when we have the texts, else English. */
export const languageFor = (preferred: string | null): ReminderLanguage =>
  preferred && preferred in texts.languages ? preferred : 'en';

/** The dates whose classes and exams are reminded of today (e.g. in 7 days and tomorrow). */
export const datesToRemind = (today: string) => reminderDaysBefore.map((d) => addDays(today, d));

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

export interface Reminder {
  kind: 'class' | 'exam';
  /** the class or exam, already named for people: "IELTS classes (Cohort 3)", "PLAB 1" */
  what: string;
  date: string;
  name: string;
}

export function reminderMail(r: Reminder, today: string, language: ReminderLanguage) {
  const t = texts.languages[language] ?? texts.languages.en!;
  const days = Math.round((Date.parse(r.date) - Date.parse(today)) / 86_400_000);
  const when = days === 1 ? t.tomorrow : fill(t.inDays, { days: String(days) });
  const values = { name: r.name, what: r.what, date: r.date, when };
  return {
    subject: fill(r.kind === 'class' ? t.classSubject : t.examSubject, values),
    text: fill(t.body, values),
  };
}
