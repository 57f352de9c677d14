import { describe, expect, it } from 'vitest';
import { meetingBody, parsePapers, serverMeetingErrors, validateMeeting } from './meetingForm';

const values = {
  body: 'hospital-group',
  title: ' December ',
  startsAt: '2026-12-03T10:00',
  endsAt: '2026-12-03T11:00',
  location: '',
  agenda: 'Welcome\n\nRecruitment update',
  papers: 'Report https://example.org/r.pdf\nhttps://example.org/x',
  invitees: ['u1'],
};

describe('new-meeting form', () => {
  it('turns lines into agenda items and papers', () => {
    const body = meetingBody(values);
    expect(body.title).toBe('December');
    expect(body.agenda).toEqual([{ title: 'Welcome' }, { title: 'Recruitment update' }]);
    expect(parsePapers(values.papers)).toEqual([
      { title: 'Report', url: 'https://example.org/r.pdf' },
      { title: 'https://example.org/x', url: 'https://example.org/x' },
    ]);
  });

  it('puts errors on their fields', () => {
    expect(validateMeeting({ ...values, endsAt: '2026-12-03T09:00' })).toEqual({ endsAt: 'endsBeforeStart' });
    expect(validateMeeting({ ...values, title: ' ' })).toEqual({ title: 'required' });
    expect(serverMeetingErrors([{ path: 'body.papers.0.url', message: 'an http(s) link' }])).toEqual({
      papers: 'an http(s) link',
    });
  });
});
