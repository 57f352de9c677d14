import type { Db } from '../../db/tx';
import { countActivity, recentSharedActivity } from './activity.repo';
import type { ActivityVisibility } from './activity.rules';
import { dayOf } from './coordination.rules';
import { getProgramme } from './partnership.repo';
import { numbersFor, renderRoundup, weekWindow, type CountRow, type RoundupContent } from './roundup.rules';
import * as sources from './roundup.sources';

const DAY = 86_400_000;

export interface WeekCounts {
  thisWeek: CountRow[];
  lastWeek: CountRow[];
}

/** The week's and the previous week's event counts, once for all recipients. */
export async function weekCounts(db: Db, weekStart: string): Promise<WeekCounts> {
  const w = weekWindow(weekStart);
  const rows = (from: Date, to: Date) =>
    countActivity(db, from, to).then((rs) =>
      rs.map((r) => ({
        partnerId: r.partner_id,
        kind: r.kind,
        visibility: r.visibility as ActivityVisibility,
        n: Number(r.n),
      })),
    );
  const [thisWeek, lastWeek] = await Promise.all([rows(w.from, w.to), rows(w.previousFrom, w.from)]);
  return { thisWeek, lastWeek };
}

/** Draft highlights: the week's newest events that every partner may see. */
export async function draftHighlights(db: Db, weekStart: string, limit = 8): Promise<string[]> {
  const w = weekWindow(weekStart);
  const rows = await recentSharedActivity(db, w.from, w.to, limit);
  return rows.map((r) => (r.p_name ? `${r.summary} (${r.p_name})` : r.summary));
}

export interface Recipient {
  partnerId: string;
  partnerName: string;
  contactName: string;
  language: string;
}

/**
 * A partner's round-up before it is addressed: the approved intro and highlights for everyone, then numbers, news,
 * tasks and referrals filtered to what the partner may see. The same for every contact of the partner.
 */
export async function partnerContent(
  db: Db,
  roundup: { week_start: string; intro: string; highlights: string[] },
  counts: WeekCounts,
  to: Pick<Recipient, 'partnerId' | 'partnerName'>,
  programme: string,
): Promise<Omit<RoundupContent, 'contactName'>> {
  const w = weekWindow(roundup.week_start);
  const upcomingTo = new Date(w.to.getTime() + 7 * DAY);
  const [news, meetings, events, tasks, waiting] = await Promise.all([
    sources.partnerNews(db, to.partnerId, w.from, w.to, 10),
    sources.upcomingMeetings(db, to.partnerId, w.from, upcomingTo),
    sources.upcomingEvents(db, w.from, upcomingTo),
    sources.tasksDue(db, to.partnerId, dayOf(upcomingTo)),
    sources.referralsWaiting(db, to.partnerId),
  ]);
  return {
    programme,
    weekStart: roundup.week_start,
    partnerName: to.partnerName,
    intro: roundup.intro,
    highlights: roundup.highlights,
    numbers: numbersFor({ kind: 'partner', partnerId: to.partnerId }, counts.thisWeek, counts.lastWeek),
    partnerNews: news.map((n) => n.summary),
    upcoming: [
      ...meetings.map((m) => ({ title: m.title, startsAt: m.starts_at, kind: 'meeting' as const })),
      ...events.map((e) => ({ title: e.title, startsAt: e.starts_at, kind: 'event' as const })),
    ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    tasksDue: tasks.map((t) => ({ title: t.title, dueOn: t.due_on ?? '' })),
    referralsWaiting: waiting,
  };
}

/** One recipient's round-up, in their language. */
export async function composeFor(
  db: Db,
  roundup: { week_start: string; intro: string; highlights: string[] },
  counts: WeekCounts,
  to: Recipient,
  programme: string,
): Promise<{ subject: string; text: string; language: string }> {
  const content = await partnerContent(db, roundup, counts, to, programme);
  return renderRoundup({ ...content, contactName: to.contactName }, to.language);
}

export async function programmeName(db: Db): Promise<string> {
  return (await getProgramme(db))?.name ?? 'USE-IT!';
}
