/** Pure decisions about background jobs: when to retry, and what a job kind may be called. */

export const jobKindPattern = /^[a-z][a-z0-9._-]{0,63}$/;

/** Seconds to wait before attempt `attempt + 1`: 30 s, 2 min, 8 min … capped at 6 hours. */
export function retryDelaySeconds(attempt: number): number {
  const n = Math.max(1, Math.floor(attempt));
  return Math.min(30 * 4 ** (n - 1), 6 * 60 * 60);
}

/** A job that threw: retry later, or give up once its attempts are spent. */
export function afterFailure(attempts: number, maxAttempts: number): { retry: true; delay: number } | { retry: false } {
  return attempts < maxAttempts ? { retry: true, delay: retryDelaySeconds(attempts) } : { retry: false };
}

/** An error marked permanent (a mailbox that does not exist) is never retried. */
export class PermanentJobError extends Error {}

/** The first line of an error, kept short enough for the jobs table and logs. */
export function errorSummary(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? '').slice(0, 500) || 'unknown error';
}
