/** Weekly round-up decisions: which week, the Friday schedule, numbers against last week, the mail text. Pure. */
import { canSeeActivity, type ActivityKind, type ActivityVisibility, type FeedViewer } from './activity.rules';
import { dayOf } from './coordination.rules';
import { roundupStrings, type RoundupStrings } from './roundup.strings';

const DAY = 86_400_000;

/** The Monday (UTC) of the week holding `at`: round-ups cover Monday to Sunday. */
export function weekStartOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return dayOf(new Date(day.getTime() - sinceMonday * DAY));
}

export function weekWindow(weekStart: string): { from: Date; to: Date; previousFrom: Date } {
  const from = new Date(`${weekStart}T00:00:00Z`);
  return { from, to: new Date(from.getTime() + 7 * DAY), previousFrom: new Date(from.getTime() - 7 * DAY) };
}

/** The next Friday 07:00 UTC strictly after `after`: when the draft job runs. */
export function nextFridayRun(after: Date): Date {
  const base = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), 7));
  const ahead = (5 - base.getUTCDay() + 7) % 7;
  let run = new Date(base.getTime() + ahead * DAY);
  if (run.getTime() <= after.getTime()) run = new Date(run.getTime() + 7 * DAY);
  return run;
}

export interface CountRow {
  partnerId: string | null;
  kind: string;
  visibility: ActivityVisibility;
  n: number;
}

/** Events per kind that the viewer may see, this week and last, kinds with none in either left out. */
export function numbersFor(
  viewer: FeedViewer,
  thisWeek: readonly CountRow[],
  lastWeek: readonly CountRow[],
): { kind: ActivityKind; thisWeek: number; lastWeek: number }[] {
  const tally = (rows: readonly CountRow[]) => {
    const m = new Map<string, number>();
    for (const r of rows) if (canSeeActivity(viewer, r)) m.set(r.kind, (m.get(r.kind) ?? 0) + r.n);
    return m;
  };
  const now = tally(thisWeek);
  const before = tally(lastWeek);
  const kinds = [...new Set([...now.keys(), ...before.keys()])].sort();
  return kinds.map((kind) => ({
    kind: kind as ActivityKind,
    thisWeek: now.get(kind) ?? 0,
    lastWeek: before.get(kind) ?? 0,
  }));
}

export interface RoundupContent {
  programme: string;
  weekStart: string;
  partnerName: string;
  contactName: string;
  intro: string;
  highlights: string[];
  numbers: { kind: ActivityKind; thisWeek: number; lastWeek: number }[];
  partnerNews: string[];
  upcoming: { title: string; startsAt: Date; kind: 'meeting' | 'event' }[];
  tasksDue: { title: string; dueOn: string }[];
  referralsWaiting: number;
}

const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

/** One recipient's round-up, in their language (English when the language has no strings). */
export function renderRoundup(
  c: RoundupContent,
  language: string,
): { subject: string; text: string; language: string } {
  const lang = Object.hasOwn(roundupStrings, language) ? language : 'en';
  const t: RoundupStrings = roundupStrings[lang]!;
  const date = (d: Date) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/London',
    }).format(d);
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`) : [`- ${t.none}`]);
  const lines = [
    fill(t.greeting, { name: c.contactName }),
    '',
    ...(c.intro.trim() ? [c.intro.trim(), ''] : []),
    t.highlights,
    ...list(c.highlights),
    '',
    t.numbers,
    ...list(c.numbers.map((n) => fill(t.numberLine, { kind: t.kinds[n.kind], now: n.thisWeek, before: n.lastWeek }))),
    '',
    fill(t.partnerNews, { partner: c.partnerName }),
    ...list(c.partnerNews),
    '',
    t.upcoming,
    ...list(c.upcoming.map((u) => `${date(u.startsAt)}: ${u.title}${u.kind === 'meeting' ? ` (${t.meeting})` : ''}`)),
    '',
    t.tasksDue,
    ...list(c.tasksDue.map((d) => fill(t.taskLine, { title: d.title, due: d.dueOn }))),
    '',
    fill(t.referralsWaiting, { n: c.referralsWaiting }),
    '',
    fill(t.signoff, { programme: c.programme }),
  ];
  return {
    subject: fill(t.subject, { programme: c.programme, week: c.weekStart }),
    text: lines.join('\n'),
    language: lang,
  };
}
