import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import { queueMail } from '../../jobs/mail.service';
import { enqueueJob, type JobHandler } from '../../jobs/runner';
import { byOwner, dayOf, reminderJobKey, reminderMailKey, reminderPlan } from './coordination.rules';
import { invitationLanguage } from './meetings.invitations';
import { overdueTasks } from './tasks.repo';

export const overdueReminderKind = 'tasks.overdue-reminders';

/** Queues the reminder run for a day; its unique key makes a second call for the same day a no-op. */
export function scheduleOverdueReminders(db: Db, day: string, runAt = new Date(`${day}T07:00:00Z`)) {
  return enqueueJob(db, { kind: overdueReminderKind, payload: { day }, uniqueKey: reminderJobKey(day), runAt });
}

const wording = {
  en: {
    subject: (n: number) => (n === 1 ? 'You have 1 overdue task' : `You have ${n} overdue tasks`),
    intro: (name: string) => `Dear ${name},\n\nThese tasks are past their due date:`,
    due: 'due',
    outro: 'Update them on the partnership page: mark them done, or change the due date.',
  },
  ar: {
    subject: (n: number) => `لديك مهام متأخرة: ${n}`,
    intro: (name: string) => `${name}،\n\nتجاوزت هذه المهام موعد استحقاقها:`,
    due: 'الاستحقاق',
    outro: 'حدّثها في صفحة الشراكة: علّمها منجزة أو غيّر موعد الاستحقاق.',
  },
} as const;

/**
 * The daily job: mails each owner one list of their overdue tasks (once per owner per day, by the dedupe key),
 * then queues the next day's run. A run for a day that has passed sends nothing (see reminderPlan).
 */
export const sendOverdueReminders: JobHandler = async (deps: Deps, payload) => {
  const today = dayOf(new Date());
  const day = typeof payload.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(payload.day) ? payload.day : today;
  const plan = reminderPlan(day, today);
  if (plan.send) await mailOverdueTasks(deps, day);
  await scheduleOverdueReminders(deps.db, plan.next.day, plan.next.runAt);
};

async function mailOverdueTasks(deps: Deps, day: string): Promise<void> {
  const tasks = (await overdueTasks(deps.db, day)).map((t) => ({ ...t, ownerUserId: t.owner_id }));
  for (const [userId, mine] of byOwner(tasks)) {
    const owner = mine[0]!;
    const language = invitationLanguage(owner.locale) as keyof typeof wording;
    const w = wording[language] ?? wording.en;
    const lines = mine.map((t) => `- ${t.title} (${w.due} ${t.due_on})`);
    await queueMail(deps.db, {
      to: owner.email,
      subject: w.subject(mine.length),
      text: [w.intro(owner.display_name), ...lines, '', w.outro].join('\n'),
      language,
      purpose: 'task.overdue-reminder',
      dedupeKey: reminderMailKey(userId, day),
    });
  }
}
