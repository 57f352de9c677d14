import { describe, expect, it } from 'vitest';
import {
  byOwner,
  canUpdateTask,
  isOverdue,
  meetingTimesProblem,
  nextReminderRun,
  reminderPlan,
  slugify,
} from './coordination.rules';

describe('coordination rules', () => {
  it('refuses a meeting that ends before (or when) it starts, naming endsAt', () => {
    const start = new Date('2026-12-01T10:00:00Z');
    expect(meetingTimesProblem(start, new Date('2026-12-01T09:00:00Z'))).toEqual({
      field: 'endsAt',
      message: 'must be after startsAt',
    });
    expect(meetingTimesProblem(start, start)).not.toBeNull();
    expect(meetingTimesProblem(start, new Date('2026-12-01T11:00:00Z'))).toBeNull();
  });

  it('calls only open tasks with a past due date overdue', () => {
    expect(isOverdue({ status: 'todo', dueOn: '2026-11-20' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ status: 'doing', dueOn: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ status: 'todo', dueOn: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-11-01' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueOn: '2026-11-01' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'todo', dueOn: null }, '2026-11-22')).toBe(false);
  });

  it('schedules the next reminder run for the next day, across month and year ends', () => {
    expect(nextReminderRun('2026-11-30')).toEqual({ day: '2026-12-01', runAt: new Date('2026-12-01T07:00:00Z') });
    expect(nextReminderRun('2026-12-31').day).toBe('2027-01-01');
  });

  it('skips a reminder run for a day that has passed, handing over to today', () => {
    expect(reminderPlan('2026-11-22', '2026-11-22')).toEqual({
      send: true,
      next: { day: '2026-11-23', runAt: new Date('2026-11-23T07:00:00Z') },
    });
    expect(reminderPlan('2026-11-19', '2026-11-22')).toEqual({
      send: false,
      next: { day: '2026-11-22', runAt: new Date('2026-11-22T07:00:00Z') },
    });
  });

  it('groups tasks by owner and lets only owners or coordinators update', () => {
    const grouped = byOwner([
      { ownerUserId: 'a', id: 1 },
      { ownerUserId: 'b', id: 2 },
      { ownerUserId: 'a', id: 3 },
    ]);
    expect(grouped.get('a')!.map((t) => t.id)).toEqual([1, 3]);
    expect(canUpdateTask({ userId: 'a', coordinator: false }, { ownerUserId: 'a' })).toBe(true);
    expect(canUpdateTask({ userId: 'b', coordinator: false }, { ownerUserId: 'a' })).toBe(false);
    expect(canUpdateTask({ userId: 'b', coordinator: true }, { ownerUserId: 'a' })).toBe(true);
  });

  it('makes slugs from group names', () => {
    expect(slugify('Hospital Group')).toBe('hospital-group');
    expect(slugify('  ***  ')).toBe('group');
  });
});

describe('invitation wording', () => {
  it('keeps the subject on one line and falls back to English for languages without wording', async () => {
    const { invitationLanguage, invitationMessage } = await import('./meetings.invitations');
    expect(invitationLanguage('ar')).toBe('ar');
    expect(invitationLanguage('pl')).toBe('en');
    expect(invitationLanguage(null)).toBe('en');
    const message = invitationMessage(
      {
        meetingId: 'm',
        sequence: 0,
        title: 'Line one\r\nBcc: someone@example.org',
        body: 'Hospital Group',
        startsAt: new Date('2026-12-03T10:00:00Z'),
        endsAt: new Date('2026-12-03T11:00:00Z'),
        location: '',
        agenda: [],
        organizer: { name: 'USE-IT', email: 'no-reply@useit.example' },
        invitee: { name: 'Test', email: 'test@example.org' },
        timezone: 'Europe/London',
      },
      'en',
    );
    expect(message.subject).toBe('Invitation: Hospital Group – Line one Bcc: someone@example.org');
    expect(message.text).toContain('When: ');
  });
});
