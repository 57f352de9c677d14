import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, passwordProblem, shouldTouchSession } from './identity.rules';

describe('identity rules', () => {
  it('locks exactly when the failure count reaches the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 20 }), (failed, max) => {
        const now = new Date('2026-11-22T12:00:00Z');
        const next = afterFailure(failed, max, 15, now);
        if (failed + 1 >= max) {
          expect(next.lockedUntil?.getTime()).toBe(now.getTime() + 15 * 60_000);
          expect(next.failedAttempts).toBe(0);
        } else {
          expect(next).toEqual({ failedAttempts: failed + 1, lockedUntil: null });
        }
      }),
    );
  });

  it('is locked only before the lock expires', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked(new Date(now.getTime() + 1), now)).toBe(true);
    expect(isLocked(now, now)).toBe(false);
  });

  it('refuses short passwords and ones containing the email name, accepts long varied ones', () => {
    expect(passwordProblem('short', 'a@b.c')).toMatch(/at least/);
    expect(passwordProblem('morgan-is-the-best', 'morgan@x.org')).toMatch(/email/);
    expect(passwordProblem('aaaaaaaaaaaa', 'z@x.org')).toMatch(/different/);
    fc.assert(
      fc.property(
        fc.string({ minLength: 10, maxLength: 200 }).filter((s) => new Set(s).size >= 4),
        (pw) => {
          expect(passwordProblem(pw, 'q@x.org') === null || pw.toLowerCase().includes('q')).toBe(true);
        },
      ),
    );
  });

  it('touches a session at most every five minutes', () => {
    const t = new Date('2026-11-22T12:00:00Z');
    expect(shouldTouchSession(t, new Date(t.getTime() + 60_000))).toBe(false);
    expect(shouldTouchSession(t, new Date(t.getTime() + 6 * 60_000))).toBe(true);
  });
});
