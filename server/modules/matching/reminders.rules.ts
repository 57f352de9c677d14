import type { ReminderTexts } from './reminders.texts';

/** Class and exam reminders (pure): which days to remind on, and the mail in the candidate's language. */

/** The language a reminder is written in: the candidate's when we have the texts, else English. */
export const languageFor = (texts: ReminderTexts, preferred: string | null): string =>
  preferred && preferred in texts.languages ? preferred : 'en';

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The dates whose classes and exams are reminded of today (e.g. in 7 days and tomorrow). */
export const datesToRemind = (texts: ReminderTexts, today: string) => texts.daysBefore.map((d) => addDays(today, d));

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

export interface Reminder {
  kind: 'class' | 'exam';
  /** the class or exam, already named for people: "IELTS classes (Cohort 3)", "PLAB 1" */
  what: string;
  date: string;
  name: string;
}

export function reminderMail(texts: ReminderTexts, r: Reminder, today: string, language: string) {
  const t = texts.languages[language] ?? texts.languages.en!;
  const days = Math.round((Date.parse(r.date) - Date.parse(today)) / 86_400_000);
  const when = days === 1 ? t.tomorrow : fill(t.inDays, { days: String(days) });
  const values = { name: r.name, what: r.what, date: r.date, when };
  return {
    subject: fill(r.kind === 'class' ? t.classSubject : t.examSubject, values),
    text: fill(t.body, values),
  };
}
