/** Pure helpers for the new-meeting form: turning what was typed into the API's body, and errors onto fields. */

export type MeetingFormValues = {
  body: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  agenda: string;
  papers: string;
  invitees: string[];
};
export type MeetingField = 'body' | 'title' | 'startsAt' | 'endsAt' | 'location' | 'agenda' | 'papers' | 'invitees';

/** A datetime-local value ("2026-12-03T10:00") in the browser's time zone, as an ISO instant. */
export function toInstant(local: string): string {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/** One paper per line: a title, then its link ("Recruitment report https://…"); a bare link is its own title. */
export function parsePapers(text: string): { title: string; url: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.lastIndexOf(' ');
      return at < 0 ? { title: line, url: line } : { title: line.slice(0, at).trim(), url: line.slice(at + 1) };
    });
}

export function meetingBody(v: MeetingFormValues) {
  return {
    body: v.body,
    title: v.title.trim(),
    startsAt: toInstant(v.startsAt),
    endsAt: toInstant(v.endsAt),
    location: v.location.trim(),
    agenda: v.agenda
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((title) => ({ title })),
    papers: parsePapers(v.papers),
    invitees: v.invitees,
  };
}

/** Checks before sending: required fields and the order of the times. */
export function validateMeeting(v: MeetingFormValues): Partial<Record<MeetingField, 'required' | 'endsBeforeStart'>> {
  const errors: Partial<Record<MeetingField, 'required' | 'endsBeforeStart'>> = {};
  for (const f of ['body', 'title', 'startsAt', 'endsAt'] as const) if (!v[f].trim()) errors[f] = 'required';
  if (v.startsAt && v.endsAt && new Date(v.endsAt).getTime() <= new Date(v.startsAt).getTime())
    errors.endsAt = 'endsBeforeStart';
  return errors;
}

/** The server's field errors ("body.endsAt", "body.papers.0.url") on the form's fields. */
export function serverMeetingErrors(
  errors: { path: string; message: string }[],
): Partial<Record<MeetingField, string>> {
  const out: Partial<Record<MeetingField, string>> = {};
  for (const e of errors) {
    const field = e.path.split('.')[1] as MeetingField | undefined;
    if (field && !out[field]) out[field] = e.message;
  }
  return out;
}
