import type { Deps } from '../../deps';
import { queueMail } from '../../jobs/mail.service';
import { invitationMailKey } from './coordination.rules';
import * as meetings from './meetings.repo';
import { invitationCalendar, invitationLanguage, invitationMessage, organizerFrom } from './meetings.invitations';
import { getProgramme } from './partnership.repo';

/**
 * Queues one invitation per invitee, in the caller's transaction, each with an iCalendar request attached and in
 * the invitee's language. The dedupe key is per meeting version and person: inviting someone again sends nothing;
 * after a new time or place (a new SEQUENCE) everyone who has not sent apologies gets the updated invitation.
 */
export async function sendInvitations(deps: Deps, meetingId: string): Promise<number> {
  const meeting = (await meetings.findMeeting(deps.db, meetingId))!;
  const settings = ((await getProgramme(deps.db))?.settings ?? {}) as { timezone?: string };
  const organizer = organizerFrom(deps.config.MAIL_FROM);
  let queued = 0;
  for (const person of await meetings.attendeesOf(deps.db, meetingId)) {
    if (person.status === 'apologies') continue;
    const inv = {
      meetingId,
      sequence: meeting.sequence,
      title: meeting.title,
      body: meeting.body_name,
      startsAt: meeting.starts_at,
      endsAt: meeting.ends_at,
      location: meeting.location,
      agenda: meeting.agenda,
      organizer,
      invitee: { name: person.display_name, email: person.email },
      timezone: settings.timezone ?? 'UTC',
    };
    const language = invitationLanguage(person.locale);
    const { subject, text } = invitationMessage(inv, language);
    const id = await queueMail(deps.db, {
      to: person.email,
      subject,
      text,
      language,
      purpose: 'meeting.invitation',
      dedupeKey: invitationMailKey(meetingId, meeting.sequence, person.id),
      attachments: [
        {
          filename: 'invitation.ics',
          contentType: 'text/calendar; charset=utf-8; method=REQUEST',
          content: invitationCalendar(inv),
        },
      ],
    });
    if (id) queued++;
  }
  return queued;
}
