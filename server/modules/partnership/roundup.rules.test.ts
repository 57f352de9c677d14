import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canSeeActivity } from './activity.rules';
import { missingConsents, nextStatus, requiredConsents, waitingListNotice } from './referrals.rules';
import { nextFridayRun, numbersFor, renderRoundup, weekStartOf } from './roundup.rules';

const dates = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });

describe('round-up rules', () => {
  it('a week starts on the Monday at or before the day, within 7 days', () => {
    fc.assert(
      fc.property(dates, (d) => {
        const monday = new Date(`${weekStartOf(d)}T00:00:00Z`);
        expect(monday.getUTCDay()).toBe(1);
        expect(d.getTime() - monday.getTime()).toBeGreaterThanOrEqual(0);
        expect(d.getTime() - monday.getTime()).toBeLessThan(7 * 86_400_000);
      }),
    );
  });
  it('the next draft run is a Friday 07:00 UTC, strictly after, within a week', () => {
    fc.assert(
      fc.property(dates, (d) => {
        const run = nextFridayRun(d);
        expect(run.getUTCDay()).toBe(5);
        expect(run.getUTCHours()).toBe(7);
        expect(run.getTime()).toBeGreaterThan(d.getTime());
        expect(run.getTime() - d.getTime()).toBeLessThanOrEqual(7 * 86_400_000);
      }),
    );
  });
  it('counts only what the viewer may see', () => {
    const rows = [
      { partnerId: 'a', kind: 'asset', visibility: 'partner' as const, n: 3 },
      { partnerId: 'b', kind: 'asset', visibility: 'partner' as const, n: 5 },
      { partnerId: 'b', kind: 'task', visibility: 'coordinators' as const, n: 7 },
      { partnerId: null, kind: 'event', visibility: 'partners' as const, n: 1 },
    ];
    expect(numbersFor({ kind: 'partner', partnerId: 'a' }, rows, [])).toEqual([
      { kind: 'asset', thisWeek: 3, lastWeek: 0 },
      { kind: 'event', thisWeek: 1, lastWeek: 0 },
    ]);
    expect(numbersFor({ kind: 'all' }, rows, rows).find((n) => n.kind === 'task')).toEqual({
      kind: 'task',
      thisWeek: 7,
      lastWeek: 7,
    });
    expect(canSeeActivity({ kind: 'partner', partnerId: 'a' }, { visibility: 'coordinators', partnerId: 'a' })).toBe(
      false,
    );
  });
  it('renders in the contact’s language, English when there are no strings for it', () => {
    const content = {
      programme: 'P',
      weekStart: '2026-11-23',
      partnerName: 'X',
      contactName: 'Y',
      intro: '',
      highlights: [],
      numbers: [],
      partnerNews: [],
      upcoming: [],
      tasksDue: [],
      referralsWaiting: 2,
    };
    expect(renderRoundup(content, 'pl').text).toContain('Skierowania czekające na odpowiedź: 2');
    expect(renderRoundup(content, 'so')).toMatchObject({ language: 'en' });
    expect(renderRoundup(content, 'so').text).toContain('nothing this week');
  });
});

describe('referral rules', () => {
  it('needs consent to referral and to the receiving service', () => {
    expect(requiredConsents('social-enterprise')).toEqual(['referral', 'enterprise_support']);
    expect(requiredConsents('communications')).toEqual(['referral']);
    expect(missingConsents(['referral', 'matching'], { referral: true })).toEqual(['matching']);
  });
  it('moves sent → accepted/declined, accepted → completed, nothing else', () => {
    expect(nextStatus('sent', 'accept')).toEqual({ ok: true, status: 'accepted' });
    expect(nextStatus('accepted', 'complete')).toEqual({ ok: true, status: 'completed' });
    expect(nextStatus('declined', 'accept').ok).toBe(false);
    expect(nextStatus('sent', 'complete').ok).toBe(false);
  });
  it('shows the researchers-first notice only where the rule applies', () => {
    const rule = { enabled: true, workPackages: ['skills-matching'] };
    expect(waitingListNotice(rule, 'skills-matching', true)).toMatch(/researchers first/);
    expect(waitingListNotice(rule, 'skills-matching', false)).toBeNull();
    expect(waitingListNotice(rule, 'communications', true)).toBeNull();
    expect(waitingListNotice({ ...rule, enabled: false }, 'skills-matching', true)).toBeNull();
  });
});
