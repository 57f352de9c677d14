import type { Kysely } from 'kysely';
import type { DB } from '../../server/db/schema';
import type { RequestContext } from '../../server/http/context';
import type { Role } from '../../server/http/policy';

/** Shared by benchmarks: timing percentiles after a warm-up, and a signed-in user's request context. */

export const round2 = (n: number) => Math.round(n * 100) / 100;

export interface Timing {
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  iterations: number;
}

/** Runs fn `warmup` times untimed, then `iterations` times timed; fn gets the iteration number. */
export async function timeIt(fn: (i: number) => Promise<unknown>, iterations: number, warmup = 20): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => round2(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  return { p50_ms: at(0.5), p95_ms: at(0.95), max_ms: round2(times.at(-1)!), iterations };
}

/** The request context of an existing user, as the routes would build it. */
export async function contextOf(db: Kysely<DB>, email: string): Promise<RequestContext> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'partner_id'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return {
    actor: { userId: u.id, email: u.email, role: u.role as Role, partnerId: u.partner_id },
    ip: null,
    requestId: null,
  };
}
