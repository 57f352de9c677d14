import { z } from 'zod';

/** A candidate's availability (a soft gate in matching) and reminder choices (channel opt-in and language). */
/** email only: the platform has no SMS gateway yet (the table allows 'sms' for when it has) */
export const reminderChannels = ['email'] as const;
export const preferencesView = z.object({
  availability: z.object({
    hoursPerWeek: z.number().nullable(),
    daysPerWeek: z.number().int().nullable(),
    from: z.string().nullable(),
  }),
  reminders: z.object({
    channels: z.array(z.enum(reminderChannels)),
    language: z.string().nullable(),
  }),
  version: z.number().int(),
});
export const updatePreferencesBody = z.strictObject({
  availability: z
    .strictObject({
      hoursPerWeek: z.number().positive().max(60).multipleOf(0.5).nullable(),
      daysPerWeek: z.number().int().min(1).max(7).nullable(),
      from: z.iso.date('a date as YYYY-MM-DD').nullable(),
    })
    .optional(),
  reminders: z
    .strictObject({
      channels: z
        .array(z.enum(reminderChannels))
        .max(2)
        .describe('channels the candidate opted into; none means no reminders'),
      language: z
        .string()
        .regex(/^[a-z]{2,3}$/, 'a language code such as ar')
        .nullable(),
    })
    .optional(),
  version: z.number().int().min(1).describe('the version you read; a stale one is 409'),
});
