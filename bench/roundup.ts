/**
 * `npm run bench -- roundup`: the weekly round-up for 15 partners over a week with 50,000 activity events (and the
 * previous week's 50,000, for the numbers against last week). Times drafting (highlights), composing every
 * partner's round-up (numbers, news, upcoming, tasks, referrals, each filtered to what the partner may see), and the
 * whole send (compose + queue one mail per contact in one transaction). On an in-memory PGlite seeded with the city
 * pack, or a fresh PostgreSQL database when BENCH_DATABASE_URL is set. Target (issue 7): under 2 s in total.
 *
 * Environment: BENCH_ROUNDUP_EVENTS (default 50000), BENCH_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../server/config';
import { migrateToLatest } from '../server/db/migrate';
import type { Deps } from '../server/deps';
import { systemContext } from '../server/http/context';
import { activityKinds, recordActivities, type ActivityEvent } from '../server/modules/partnership/activity.service';
import { composeFor, weekCounts } from '../server/modules/partnership/roundup.compose';
import { addContact } from '../server/modules/partnership/roundup.contacts';
import { approveRoundup, draftRoundup, sendRoundup } from '../server/modules/partnership/roundup.service';
import { seedProgramme } from '../server/seed/seed';
import { benchDatabase, databaseKind } from './lib/database';

const targetMs = 2_000;
const events = Number(process.env.BENCH_ROUNDUP_EVENTS ?? 50_000);
const weekStart = '2026-11-23';
const DAY = 86_400_000;

const line = (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ bench: 'roundup', ...fields })}\n`);

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: Math.round(performance.now() - start), result };
}

function syntheticEvents(partners: { id: string }[], wps: { id: string }[], from: number, n: number): ActivityEvent[] {
  const visibilities = ['public', 'partners', 'partner', 'coordinators'] as const;
  return Array.from({ length: n }, (_, i) => ({
    kind: activityKinds[i % activityKinds.length]!,
    partnerId: partners[i % partners.length]!.id,
    workPackageId: wps[i % wps.length]!.id,
    subject: { type: 'micro_asset', id: `bench-${from}-${i}` },
    summary: `Bench event ${i}`,
    visibility: visibilities[i % visibilities.length],
    occurredAt: new Date(from + ((i * 7919) % (7 * DAY))),
  }));
}

export async function run(): Promise<boolean> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'useit-bench-')),
  });
  const database = await benchDatabase();
  try {
    await migrateToLatest(database.db);
    const deps: Deps = { db: database.db, config, log: pino({ level: 'warn' }), fieldKey: randomBytes(32) };
    await seedProgramme(deps, { pack: config.CITY_PACK, demo: false });
    const partners = await deps.db
      .selectFrom('partners')
      .select(['id', 'slug', 'name'])
      .orderBy('slug')
      .limit(15)
      .execute();
    const wps = await deps.db.selectFrom('work_packages').select('id').execute();
    for (const [i, p] of partners.entries())
      await addContact(deps, systemContext, {
        partner: p.slug,
        name: `Contact ${i}`,
        email: `contact-${i}@bench.invalid`,
        language: i % 2 ? 'pl' : 'en',
      });
    const from = Date.parse(`${weekStart}T00:00:00Z`);
    const load = await time(async () => {
      await recordActivities(deps.db, syntheticEvents(partners, wps, from, events));
      await recordActivities(deps.db, syntheticEvents(partners, wps, from - 7 * DAY, events));
    });
    line({ figure: 'load', events: events * 2, ms: load.ms, database: databaseKind });

    const draft = await time(() => draftRoundup(deps, systemContext, new Date(from + 4 * DAY)));
    line({ figure: 'draft', ms: draft.ms, highlights: draft.result.roundup.highlights.length });
    const counting = await time(() => weekCounts(deps.db, weekStart));
    line({
      figure: 'counts',
      ms: counting.ms,
      groups: counting.result.thisWeek.length + counting.result.lastWeek.length,
    });
    const compose = await time(async () => {
      const counts = await weekCounts(deps.db, weekStart);
      const row = { week_start: weekStart, intro: '', highlights: draft.result.roundup.highlights };
      return Promise.all(
        partners.map((p) =>
          composeFor(
            deps.db,
            row,
            counts,
            { partnerId: p.id, partnerName: p.name, contactName: p.name, language: 'en' },
            'USE-IT!',
          ),
        ),
      );
    });
    const distinct = new Set(compose.result.map((m) => m.text)).size;
    line({ figure: 'compose', partners: partners.length, ms: compose.ms, distinctRoundups: distinct });
    const approved = await approveRoundup(deps, systemContext, draft.result.roundup.id, draft.result.roundup.version);
    const send = await time(() => sendRoundup(deps, systemContext, approved.id, approved.version));
    line({ figure: 'send', mails: send.result.deliveries.length, ms: send.ms });
    const total = draft.ms + compose.ms + send.ms;
    const ok = total < targetMs && send.result.deliveries.length === partners.length && partners.length === 15;
    line({ ok, totalMs: total, targetMs, partners: partners.length, events, database: databaseKind });
    return ok;
  } finally {
    await database.close();
  }
}
