import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../../server/db/tx';

/**
 * The CPU of the PostgreSQL backends serving the bench's database, read from /proc: on a 2-core machine the
 * database, the server thread and the load compete, and requests/s alone does not say which one ran out.
 * Only meaningful when PostgreSQL runs on this machine (the bench's loopback set-up); PGlite's thread reports its
 * own CPU (Database.threadCpuMs).
 */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function ticksOf(pid: number): number {
  try {
    // fields after "pid (comm) ": state is [0], utime [11], stime [12]
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

async function sample(db: Db): Promise<Map<number, number>> {
  const r = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(db);
  return new Map(r.rows.map((x) => [x.pid, ticksOf(x.pid)]));
}

/** Starts counting; the returned function gives the backends' CPU ms since (backends opened meanwhile included). */
export async function backendCpu(db: Db): Promise<() => Promise<number>> {
  const before = await sample(db);
  return async () => {
    let ticks = 0;
    for (const [pid, t] of await sample(db)) ticks += t - (before.get(pid) ?? 0);
    return (ticks * 1000) / ticksPerSecond;
  };
}
