import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';

/** What an invitation needs to say; built from the meeting and its body. */
export interface Invitation {
  meetingId: string;
  sequence: number;
  title: string;
  body: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  agenda: { title: string }[];
  organizer: { name: string; email: string };
  invitee: { name: string; email: string };
  timezone: string;
}

/** An iCalendar request (METHOD:REQUEST) for one invitee: calendar programs show it as an invitation. */
export function invitationCalendar(inv: Invitation): string {
  const calendar = ical({ prodId: { company: 'USE-IT', product: 'platform', language: 'EN' }, name: inv.body });
  calendar.method(ICalCalendarMethod.REQUEST);
  calendar.createEvent({
    id: `meeting-${inv.meetingId}@useit.example`,
    sequence: inv.sequence,
    start: inv.startsAt,
    end: inv.endsAt,
    summary: `${inv.body}: ${inv.title}`,
    location: inv.location || null,
    description: inv.agenda.map((a, i) => `${i + 1}. ${a.title}`).join('\n'),
    organizer: inv.organizer,
    attendees: [
      {
        name: inv.invitee.name,
        email: inv.invitee.email,
        rsvp: true,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return calendar.toString();
}

type Texts = {
  subject: (body: string, title: string) => string;
  lines: (inv: Invitation, when: string) => string[];
};

const texts: Record<string, Texts> = {
  en: {
    subject: (body, title) => `Invitation: ${body} – ${title}`,
    lines: (inv, when) => [
      `Dear ${inv.invitee.name},`,
      '',
      `You are invited to a meeting of the ${inv.body}: ${inv.title}.`,
      `When: ${when}`,
      ...(inv.location ? [`Where: ${inv.location}`] : []),
      ...(inv.agenda.length ? ['', 'Agenda:', ...inv.agenda.map((a, i) => `${i + 1}. ${a.title}`)] : []),
      '',
      'The attached calendar invitation adds it to your calendar.',
    ],
  },
  ar: {
    subject: (body, title) => `دعوة: ${body} – ${title}`,
    lines: (inv, when) => [
      `${inv.invitee.name}،`,
      '',
      `أنت مدعو إلى اجتماع ${inv.body}: ${inv.title}.`,
      `الموعد: ${when}`,
      ...(inv.location ? [`المكان: ${inv.location}`] : []),
      ...(inv.agenda.length ? ['', 'جدول الأعمال:', ...inv.agenda.map((a, i) => `${i + 1}. ${a.title}`)] : []),
      '',
      'تضيف دعوة التقويم المرفقة الاجتماع إلى تقويمك.',
    ],
  },
};

/** The invitation's language: the invitee's preferred one when we have its wording, else English. */
export function invitationLanguage(locale: string | null): string {
  const base = (locale ?? 'en').split('-')[0]!.toLowerCase();
  return Object.hasOwn(texts, base) ? base : 'en';
}

export function invitationMessage(inv: Invitation, language: string): { subject: string; text: string } {
  const t = texts[language] ?? texts.en!;
  const when = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: inv.timezone,
  }).formatRange(inv.startsAt, inv.endsAt);
  // A title is one line in a header: control characters (a pasted newline) become spaces.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const subject = t.subject(inv.body, inv.title).replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return { subject, text: t.lines(inv, when).join('\n') };
}

/** The address part of a From header such as `USE-IT <no-reply@useit.example>`. */
export function organizerFrom(mailFrom: string): { name: string; email: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(mailFrom);
  return m ? { name: m[1] || 'USE-IT', email: m[2]! } : { name: 'USE-IT', email: mailFrom.trim() };
}
