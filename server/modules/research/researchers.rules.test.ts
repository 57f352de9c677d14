import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accreditation,
  checkStatusChange,
  leaveReasons,
  nextStep,
  retentionFunnel,
  type FunnelPerson,
  type ResearcherStatus,
} from './researchers.rules';

describe('accreditation', () => {
  it.each([
    [0, 0, 'none'],
    [1, 5, 'none'],
    [2, 0, 'level_1'],
    [5, 9, 'level_1'],
    [6, 0, 'level_1'],
    [6, 1, 'level_1'],
    [6, 2, 'full'],
    [7, 3, 'full'],
  ] as const)('%i sessions and %i interviews -> %s', (sessionsAttended, completedInterviews, expected) => {
    expect(accreditation({ sessionsAttended, completedInterviews })).toBe(expected);
  });

  const progress = fc.record({ sessionsAttended: fc.nat(20), completedInterviews: fc.nat(20) });

  it('never goes down when more sessions or interviews are added', () => {
    const rank = { none: 0, level_1: 1, full: 2 } as const;
    fc.assert(
      fc.property(progress, fc.nat(5), fc.nat(5), (p, ds, di) => {
        const more = { sessionsAttended: p.sessionsAttended + ds, completedInterviews: p.completedInterviews + di };
        return rank[accreditation(more)] >= rank[accreditation(p)];
      }),
    );
  });

  it('full needs six sessions and two interviews; level 1 needs two sessions', () => {
    fc.assert(
      fc.property(progress, (p) => {
        const level = accreditation(p);
        if (level === 'full') return p.sessionsAttended >= 6 && p.completedInterviews >= 2;
        if (level === 'level_1') return p.sessionsAttended >= 2;
        return p.sessionsAttended < 2;
      }),
    );
  });

  it('the next step is what is missing, and none once fully qualified', () => {
    expect(nextStep({ sessionsAttended: 1, completedInterviews: 0 })).toEqual({ sessions: 1, interviews: 0 });
    expect(nextStep({ sessionsAttended: 4, completedInterviews: 1 })).toEqual({ sessions: 2, interviews: 1 });
    expect(nextStep({ sessionsAttended: 6, completedInterviews: 2 })).toBeNull();
  });
});

describe('status changes', () => {
  it.each([
    ['active', 'left', null, 'reason-required'],
    ['active', 'left', 'time', null],
    ['active', 'paused', 'time', 'reason-not-allowed'],
    ['active', 'active', null, 'already-in-status'],
    ['paused', 'active', null, null],
    ['left', 'active', null, null],
    ['left', 'left', 'found_job', null],
  ] as const)('%s -> %s (reason %s): %s', (from, to, reason, expected) => {
    expect(checkStatusChange(from, to, reason)).toBe(expected);
  });
});

describe('retention funnel', () => {
  const person = fc.record({
    sessionsAttended: fc.nat(8),
    completedInterviews: fc.nat(4),
    status: fc.constantFrom<ResearcherStatus>('active', 'paused', 'left'),
    leaveReason: fc.constantFrom(...leaveReasons),
  });
  const people = fc
    .array(person, { maxLength: 60 })
    .map((ps) => ps.map((p): FunnelPerson => ({ ...p, leaveReason: p.status === 'left' ? p.leaveReason : null })));

  it('narrows from sign-up to full qualification, and counts each leaver once by reason', () => {
    fc.assert(
      fc.property(people, (ps) => {
        const f = retentionFunnel(ps);
        const n = Object.fromEntries(f.stages.map((s) => [s.stage, s.count]));
        const leavers = f.leavers.reduce((a, l) => a + l.count, 0);
        return (
          n.signed_up === ps.length &&
          n.signed_up! >= n.attended_1! &&
          n.attended_1! >= n.level_1! &&
          n.level_1! >= n.full! &&
          n.active_now! <= n.attended_1! &&
          leavers === ps.filter((p) => p.status === 'left').length
        );
      }),
    );
  });

  it('counts a worked example', () => {
    const f = retentionFunnel([
      { sessionsAttended: 0, completedInterviews: 0, status: 'left', leaveReason: 'time' },
      { sessionsAttended: 2, completedInterviews: 0, status: 'active', leaveReason: null },
      { sessionsAttended: 6, completedInterviews: 2, status: 'left', leaveReason: 'found_job' },
      { sessionsAttended: 6, completedInterviews: 3, status: 'active', leaveReason: null },
    ]);
    expect(f.stages.map((s) => s.count)).toEqual([4, 3, 3, 2, 2]);
    expect(f.leavers).toContainEqual({ reason: 'found_job', count: 1 });
    expect(f.leavers).toContainEqual({ reason: 'time', count: 1 });
  });
});
