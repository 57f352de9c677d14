import type { RequestContext } from '../../http/context';
import type { Checked } from './imports.check.service';

/**
 * The rows a clean dry run checked, kept for a while in the process that ran it, so that the commit which usually
 * follows (same person, minutes later) inserts them without parsing and checking the file again. Anything else (a
 * different caller, another server, an expired or evicted entry) checks again. Either way the database is the last
 * validator: a reference deleted in between fails the commit, and nothing is written. Bounded in rows and time.
 */
const maxRows = 100_000;
const ttlMs = 30 * 60 * 1000;

interface Entry {
  rows: Checked[];
  caller: string;
  expires: number;
}

const entries = new Map<string, Entry>();

/** Who ran the dry run and with which defaults: a commit by anyone else, or as another role, checks again. */
export const callerKey = (ctx: RequestContext, defaultPartner: string | undefined): string =>
  JSON.stringify([
    ctx.actor?.userId ?? null,
    ctx.actor?.role ?? null,
    ctx.actor?.partnerId ?? null,
    defaultPartner ?? null,
  ]);

function cached(): number {
  let n = 0;
  for (const e of entries.values()) n += e.rows.length;
  return n;
}

export function remember(jobId: string, caller: string, rows: Checked[]): void {
  const now = Date.now();
  for (const [id, e] of entries) if (e.expires <= now) entries.delete(id);
  if (rows.length > maxRows) return;
  while (entries.size > 0 && cached() + rows.length > maxRows) entries.delete(entries.keys().next().value!);
  entries.set(jobId, { rows, caller, expires: now + ttlMs });
}

/** The checked rows, once, if the same caller commits in time; otherwise undefined. */
export function recall(jobId: string, caller: string): Checked[] | undefined {
  const e = entries.get(jobId);
  entries.delete(jobId);
  return e && e.caller === caller && e.expires > Date.now() ? e.rows : undefined;
}

export function forget(jobId: string): void {
  entries.delete(jobId);
}
