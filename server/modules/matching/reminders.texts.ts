import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The reminder wording (reminders.texts.json: en, ar, pl, ro), read and checked once per process. */

const language = z.strictObject({
  classSubject: z.string().min(1),
  examSubject: z.string().min(1),
  body: z.string().min(1),
  tomorrow: z.string().min(1),
  inDays: z.string().includes('{days}'),
});
export const reminderTextsFile = z.object({
  about: z.string().optional(),
  version: z.string(),
  daysBefore: z.array(z.number().int().min(1).max(60)).min(1),
  languages: z.record(z.string().regex(/^[a-z]{2,3}$/), language).refine((l) => 'en' in l, 'English is needed'),
});
export type ReminderTexts = z.infer<typeof reminderTextsFile>;

let cached: ReminderTexts | undefined;
export function reminderTexts(): ReminderTexts {
  cached ??= reminderTextsFile.parse(
    JSON.parse(readFileSync(new URL('./reminders.texts.json', import.meta.url), 'utf8')),
  );
  return cached;
}
