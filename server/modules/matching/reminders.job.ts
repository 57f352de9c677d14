import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import { queueMail } from '../../jobs/mail.service';
import { enqueueJob, type JobHandler } from '../../jobs/runner';
import { today as todayOf } from './candidates.input.service';
import { referenceData } from './reference';
import * as repo from './reminders.repo';
import { datesToRemind, languageFor, reminderMail } from './reminders.rules';
import { reminderTexts } from './reminders.texts';

export const candidateReminderKind = 'matching.candidate-reminders';

/** Queues the reminder run for a day (07:00 UTC); its unique key makes a second call for the same day a no-op. */
export function scheduleCandidateReminders(db: Db, day: string, runAt = new Date(`${day}T07:00:00Z`)) {
  return enqueueJob(db, {
    kind: candidateReminderKind,
    payload: { day },
    uniqueKey: `${candidateReminderKind}:${day}`,
    runAt,
  });
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** "plab1" → "PLAB 1", from the regulators' step labels (the part before any parenthesis). */
function stepName(step: string): string {
  for (const route of referenceData().regulators.routes)
    for (const s of route.steps) if (s.id === step) return s.label.split(' (')[0]!;
  return step;
}

/**
 * The daily job: mails each opted-in candidate, in their language, about classes starting and exams booked 7 days
 * and 1 day ahead; each reminder once (candidate_reminders, and the outbox's dedupe key). Then queues tomorrow's run.
 * A run for a day that has passed sends nothing and only queues today's.
 */
export const sendCandidateReminders: JobHandler = async (deps: Deps, payload) => {
  const today = todayOf();
  const day = typeof payload.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(payload.day) ? payload.day : today;
  if (day >= today) await remind(deps, day);
  await scheduleCandidateReminders(deps.db, day < today ? today : nextDay(day));
};

export async function remind(deps: Deps, day: string): Promise<number> {
  const texts = reminderTexts();
  const days = datesToRemind(texts, day);
  const due = [
    ...(await repo.classesDue(deps.db, days)).map((r) => ({ ...r, kind: 'class' as const })),
    ...(await repo.examsDue(deps.db, days)).map((r) => ({ ...r, kind: 'exam' as const, label: stepName(r.label) })),
  ];
  let sent = 0;
  for (const r of due) {
    const language = languageFor(texts, r.language);
    const mail = reminderMail(texts, { kind: r.kind, what: r.label, date: r.due_on, name: r.name }, day, language);
    await inTransaction(deps.db, async (trx) => {
      const fresh = await repo.markSent(trx, {
        candidateId: r.candidate_id,
        kind: r.kind,
        subject: `${r.subject}@${day}`,
        dueOn: r.due_on,
      });
      if (!fresh) return;
      await queueMail(trx, {
        to: r.email,
        subject: mail.subject,
        text: mail.text,
        language,
        purpose: `candidate.${r.kind}-reminder`,
        dedupeKey: `candidate-reminder:${r.candidate_id}:${r.subject}:${r.due_on}:${day}`,
      });
      sent++;
    });
  }
  return sent;
}
