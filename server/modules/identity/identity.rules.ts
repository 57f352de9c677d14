/** Pure decisions about sign-in, lockout, sessions and passwords. */

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `use at most ${MAX_PASSWORD_LENGTH} characters`;
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && password.toLowerCase().includes(local)) return 'do not include your email name';
  if (new Set(password).size < 4) return 'use more different characters';
  return null;
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** After a wrong password: count it, and lock once the count reaches the limit. */
export function afterFailure(
  failedAttempts: number,
  maxFailures: number,
  lockMinutes: number,
  now: Date,
): { failedAttempts: number; lockedUntil: Date | null } {
  const count = failedAttempts + 1;
  if (count < maxFailures) return { failedAttempts: count, lockedUntil: null };
  return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000) };
}

export function sessionExpiry(now: Date, ttlHours: number): Date {
  return new Date(now.getTime() + ttlHours * 3_600_000);
}

/** Touch last_seen at most every five minutes, so reads do not turn into writes. */
export function shouldTouchSession(lastSeen: Date, now: Date): boolean {
  return now.getTime() - lastSeen.getTime() > 5 * 60_000;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
