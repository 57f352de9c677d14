import ical from 'ical-generator';
import type { EventRow } from './calendar.repo';

/** One calendar event as an iCalendar file (the per-event download and the reminder attachment). */
export function eventCalendar(e: EventRow): string {
  const calendar = ical({ prodId: { company: 'USE-IT', product: 'platform', language: 'EN' }, name: e.title });
  const speakers = e.speakers.length ? `\nSpeakers: ${e.speakers.join(', ')}` : '';
  const topics = e.topics.length ? `\nTopics: ${e.topics.join(', ')}` : '';
  calendar.createEvent({
    id: `${e.id}@useit`,
    start: e.starts_at,
    end: e.ends_at,
    summary: e.title,
    description: `${e.description}${speakers}${topics}`.trim(),
    location: e.location || null,
    categories: [{ name: e.p_name }, { name: e.kind }],
  });
  return calendar.toString();
}
