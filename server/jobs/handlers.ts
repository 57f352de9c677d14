import { overdueReminderKind, sendOverdueReminders } from '../modules/partnership/tasks.reminders';
import { eventReminderKind, sendEventReminders } from '../modules/partnership/calendar.reminders';
import { applyFindingsJob, findingsJobKind } from '../modules/research/findings.apply';
import { draftWeeklyRoundup, roundupDraftKind } from '../modules/partnership/roundup.job';
import { candidateReminderKind, sendCandidateReminders } from '../modules/matching/reminders.job';
import { impactRefreshKind, refreshImpactCache } from '../modules/impact/refresh.job';
import { sendQueuedMail } from './mail.service';
import type { JobHandlers } from './runner';

/** Every kind of background job the server runs, by name. Modules add theirs here. */
export const jobHandlers: JobHandlers = {
  'mail.send': sendQueuedMail,
  [overdueReminderKind]: sendOverdueReminders,
  [roundupDraftKind]: draftWeeklyRoundup,
  [findingsJobKind]: applyFindingsJob,
  [eventReminderKind]: sendEventReminders,
  [candidateReminderKind]: sendCandidateReminders,
  [impactRefreshKind]: refreshImpactCache,
};
