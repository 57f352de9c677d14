import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import { queueMail } from '../../jobs/mail.service';
import { enqueueJob, type JobHandler } from '../../jobs/runner';
import { eventCalendar } from './calendar.ics';
import { getEvent } from './calendar.repo';
import { registrationsOf } from './calendar.registrations.repo';

export const eventReminderKind = 'events.reminders';
/** Reminders go a day before the event (or at once, for someone registering later than that). */
export const reminderLeadMs = 24 * 3_600_000;

export const reminderRunAt = (startsAt: Date, now: Date) =>
  new Date(Math.max(now.getTime(), startsAt.getTime() - reminderLeadMs));

/**
 * Queues the event's reminder run a day ahead; its unique key makes every later registration's call a no-op.
 * Someone registering inside that last day gets a run of their own, at once (the mail dedupe key per registration
 * keeps everyone else from a second reminder).
 */
export function scheduleEventReminders(
  db: Db,
  eventId: string,
  registrationId: string,
  startsAt: Date,
  now = new Date(),
) {
  const runAt = reminderRunAt(startsAt, now);
  const late = runAt.getTime() === now.getTime();
  return enqueueJob(db, {
    kind: eventReminderKind,
    payload: { eventId },
    uniqueKey: late ? `${eventReminderKind}:${eventId}:${registrationId}` : `${eventReminderKind}:${eventId}`,
    runAt,
  });
}

const wording = {
  en: {
    subject: (title: string) => `Reminder: ${title}`,
    body: (name: string, title: string, when: string, where: string) =>
      `Dear ${name},\n\nYou are registered for ${title}, on ${when}${where ? ` at ${where}` : ''}.\n\nThe event is attached to add to your calendar. If you cannot come, please tell the organiser so someone else can take your place.`,
  },
  ar: {
    subject: (title: string) => `تذكير: ${title}`,
    body: (name: string, title: string, when: string, where: string) =>
      `${name}،\n\nأنت مسجّل في ${title}، بتاريخ ${when}${where ? ` في ${where}` : ''}.\n\nالفعالية مرفقة لإضافتها إلى تقويمك. إذا لم تتمكن من الحضور فأخبر المنظّم ليأخذ شخص آخر مكانك.`,
  },
} as const;

const when = (d: Date, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' }).format(d);

/**
 * The reminder job: mails everyone registered for the event, in their own language, once each (dedupe key per
 * registration), with the event as an .ics file. Events that have already started send nothing.
 */
export const sendEventReminders: JobHandler = async (deps: Deps, payload) => {
  const eventId = typeof payload.eventId === 'string' ? payload.eventId : '';
  const event = eventId ? await getEvent(deps.db, eventId) : undefined;
  if (!event || event.starts_at <= new Date()) return;
  const ics = eventCalendar(event);
  for (const r of await registrationsOf(deps.db, eventId)) {
    const language = r.language in wording ? (r.language as keyof typeof wording) : 'en';
    const w = wording[language];
    await queueMail(deps.db, {
      to: r.email,
      subject: w.subject(event.title),
      text: w.body(r.name, event.title, when(event.starts_at, language), event.location),
      language,
      purpose: 'event.reminder',
      dedupeKey: `event-reminder:${r.id}`,
      attachments: [{ filename: 'event.ics', contentType: 'text/calendar', content: ics }],
    });
  }
};
