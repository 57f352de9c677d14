/** Pure decisions for partnership coordination: meeting times, task transitions, overdue reminders. */

export const bodyKinds = ['board', 'steering_group', 'macro_asset_group', 'custom'] as const;
export type BodyKind = (typeof bodyKinds)[number];
export const attendanceStatuses = ['invited', 'attended', 'apologies'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const taskStatuses = ['todo', 'doing', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const linkTypes = ['macro_asset', 'opportunity', 'micro_asset'] as const;
export type LinkType = (typeof linkTypes)[number];

/** A meeting must end after it starts: the problem names the field to fix, or is null. */
export function meetingTimesProblem(startsAt: Date, endsAt: Date): { field: 'endsAt'; message: string } | null {
  if (endsAt.getTime() <= startsAt.getTime()) return { field: 'endsAt', message: 'must be after startsAt' };
  return null;
}

/** Open tasks (to do or doing) whose due date has passed by the given day (YYYY-MM-DD) are overdue. */
export function isOverdue(task: { status: string; dueOn: string | null }, today: string): boolean {
  return (task.status === 'todo' || task.status === 'doing') && task.dueOn !== null && task.dueOn < today;
}

/** The calendar day (UTC) of an instant, as YYYY-MM-DD. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** The next day's date, and when its reminder run is due (07:00 UTC, before the working day). */
export function nextReminderRun(day: string): { day: string; runAt: Date } {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const nextDay = dayOf(next);
  return { day: nextDay, runAt: new Date(`${nextDay}T07:00:00Z`) };
}

/**
 * What a reminder run for `day` does when it runs `today`: a run for a past day (the server was down) sends
 * nothing, so owners are not sent a burst of stale reminders, and hands over to today's run.
 */
export function reminderPlan(day: string, today: string): { send: boolean; next: { day: string; runAt: Date } } {
  if (day < today) return { send: false, next: { day: today, runAt: new Date(`${today}T07:00:00Z`) } };
  return { send: true, next: nextReminderRun(day) };
}

export const reminderJobKey = (day: string) => `tasks.overdue-reminders:${day}`;
export const reminderMailKey = (userId: string, day: string) => `tasks-overdue:${userId}:${day}`;
/** One invitation per person per version of the meeting: re-inviting sends nothing, a new time sends an update. */
export const invitationMailKey = (meetingId: string, sequence: number, userId: string) =>
  `meeting-invitation:${meetingId}:${sequence}:${userId}`;

/** Groups overdue tasks by their owner, so each owner gets one mail listing all of theirs. */
export function byOwner<T extends { ownerUserId: string }>(tasks: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of tasks) out.set(t.ownerUserId, [...(out.get(t.ownerUserId) ?? []), t]);
  return out;
}

/** Who may change a task: coordinators any task, everyone else only the tasks they own. */
export function canUpdateTask(viewer: { userId: string; coordinator: boolean }, task: { ownerUserId: string }) {
  return viewer.coordinator || viewer.userId === task.ownerUserId;
}

/** A URL-safe slug from a name ("Hospital Group" -> "hospital-group"). */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);
  return slug || 'group';
}
