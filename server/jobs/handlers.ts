import { overdueReminderKind, sendOverdueReminders } from '../modules/partnership/tasks.reminders';
import { applyFindingsJob, findingsJobKind } from '../modules/research/findings.apply';
import { draftWeeklyRoundup, roundupDraftKind } from '../modules/partnership/roundup.job';
import { candidateReminderKind, sendCandidateReminders } from '../modules/matching/reminders.job';
import { sendQueuedMail } from './mail.service';
import type { JobHandlers } from './runner';

/** Every kind of background job the server runs, by name. Modules add theirs here. */
export const jobHandlers: JobHandlers = {
  'mail.send': sendQueuedMail,
  [candidateReminderKind]: sendCandidateReminders,
  [overdueReminderKind]: sendOverdueReminders,
  [roundupDraftKind]: draftWeeklyRoundup,
  [findingsJobKind]: applyFindingsJob,
};
