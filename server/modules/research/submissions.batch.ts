import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { upsertSubmission, type Credit, type SubmissionRow } from './submissions.repo';

/**
 * Group commit for responses without attachments: responses arriving while the database is busy are
 * stored together in one statement (one atomic insert of all rows plus their voucher credits), so the
 * per-statement cost is shared. Each caller still gets its own row's outcome, and only after the
 * statement has committed: exactly-once holds per response, as with one statement each.
 *
 * When the queue was idle, the first response waits `gatherMs` for others before the statement runs.
 * Without that window little is grouped on an idle server, and nothing at all when PGlite runs in process (as
 * in tests): its statements then run on this thread, so no other request can reach the queue while one runs
 * (measured: batches of 1 and ~1 ms of database time per response; with the window, ~16 at 16 clients).
 */
export type Written = { id: string; inserted: boolean; complete: boolean; credited: number } | undefined;

interface Pending {
  row: SubmissionRow;
  credit: Credit | null;
  resolve: (w: Written) => void;
  reject: (e: unknown) => void;
}

const maxBatch = 64;
/** How long the first response of an idle queue waits for company (a phone never notices 2 ms). */
const gatherMs = 2;
const key = (r: SubmissionRow) => `${r.formId}|${r.instanceId}`;

function rowValues(p: Pending) {
  const s = p.row;
  const c = p.credit;
  return sql`(${s.formId}::uuid, ${s.formVersionId}::uuid, ${s.instanceId}::text, ${s.sha256}::text, ${s.xml}::text,
    ${s.answerRow}::text, ${s.channel}::text, ${s.anonymous}::boolean, ${s.researcherId}::uuid,
    ${s.deviceId}::text, ${s.areaId}::uuid, ${s.language}::text, ${s.complete}::boolean, ${s.receivedAt}::timestamptz,
    ${c?.researcherId ?? null}::uuid, ${c?.amountPence ?? null}::int, ${c?.day ?? null}::date)`;
}

/** The single-row statement of submissions.repo, for many rows: same conflict rule, same credit rule. */
async function upsertMany(db: Db, batch: Pending[]) {
  const result = await sql<{
    instance_id: string;
    form_id: string;
    id: string;
    inserted: boolean;
    complete: boolean;
    credited: boolean;
  }>`
    with input (form_id, form_version_id, instance_id, xml_sha256, xml, answer_row, channel, anonymous, researcher_id,
      device_id, area_id, language, complete, received_at, credit_to, credit_pence, credit_day) as (
      values ${sql.join(batch.map(rowValues))}
    ), ins as (
      insert into research_submissions (form_id, form_version_id, instance_id, xml_sha256, xml, answer_row, channel,
        anonymous, researcher_id, device_id, area_id, language, complete, received_at)
      select form_id, form_version_id, instance_id, xml_sha256, xml, answer_row, channel, anonymous, researcher_id,
        device_id, area_id, language, complete, received_at from input
      on conflict (form_id, instance_id) do update set
        form_version_id = excluded.form_version_id, xml_sha256 = excluded.xml_sha256, xml = excluded.xml,
        answer_row = excluded.answer_row, complete = excluded.complete, area_id = excluded.area_id, language = excluded.language
      where research_submissions.complete = false
        and (research_submissions.xml_sha256 <> excluded.xml_sha256 or excluded.complete)
      returning id, form_id, instance_id, complete, (xmax = 0) as inserted
    ), credit as (
      insert into research_voucher_entries (researcher_id, kind, amount_pence, form_id, note, entered_on)
      select i.credit_to, 'issue', i.credit_pence, i.form_id, 'completed questionnaire', i.credit_day
      from ins join input i on i.form_id = ins.form_id and i.instance_id = ins.instance_id
      where ins.complete and i.credit_to is not null and i.credit_pence > 0
    )
    select ins.id, ins.form_id, ins.instance_id, ins.inserted, ins.complete,
      (ins.complete and i.credit_to is not null and i.credit_pence > 0) as credited
    from ins join input i on i.form_id = ins.form_id and i.instance_id = ins.instance_id`.execute(db);
  const byKey = new Map(result.rows.map((r) => [`${r.form_id}|${r.instance_id}`, r]));
  for (const p of batch) {
    const r = byKey.get(key(p.row));
    p.resolve(r ? { id: r.id, inserted: r.inserted, complete: r.complete, credited: r.credited ? 1 : 0 } : undefined);
  }
}

class Batcher {
  private queue: Pending[] = [];
  private inFlight = 0;
  private gathering = false;
  /**
   * Two statements in flight: the database stores one batch while this thread reads the responses of the next
   * (with one, the two take turns: the 16 clients wait on the same statement, then all send at once). PostgreSQL
   * runs them on two connections; PGlite, in its own thread (ADR 0018), queues the second behind the first while
   * this thread goes on reading.
   */
  private readonly maxInFlight = 2;
  constructor(private readonly db: Db) {}

  submit(row: SubmissionRow, credit: Credit | null): Promise<Written> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, credit, resolve, reject });
      this.gather();
    });
  }

  /** Starts a batch after the gather window, when a statement slot is free and nobody is gathering already. */
  private gather(): void {
    if (this.gathering || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.gathering = true;
    setTimeout(() => {
      this.gathering = false;
      void this.run();
    }, gatherMs);
  }

  /**
   * The next batch: at most maxBatch, never the same (form, instanceID) twice (one statement may not touch a row
   * twice), in key order, so two statements in flight lock shared keys in the same order and cannot deadlock.
   */
  private take(): Pending[] {
    const seen = new Set<string>();
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    for (const p of this.queue) {
      const k = key(p.row);
      if (batch.length < maxBatch && !seen.has(k)) {
        seen.add(k);
        batch.push(p);
      } else rest.push(p);
    }
    this.queue = rest;
    return batch.sort((a, b) => (key(a.row) < key(b.row) ? -1 : 1));
  }

  /** Stores one batch; what queued meanwhile goes next at once (it has waited long enough). */
  private async run(): Promise<void> {
    if (this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.inFlight++;
    try {
      const batch = this.take();
      if (batch.length === 1) await this.one(batch[0]!);
      else
        await upsertMany(this.db, batch).catch(async () => {
          // one bad row fails the whole statement: store each on its own so only that one is refused
          for (const p of batch) await this.one(p);
        });
    } finally {
      this.inFlight--;
    }
    void this.run();
    this.gather();
  }

  private async one(p: Pending): Promise<void> {
    await upsertSubmission(this.db, p.row, p.credit).then(p.resolve, p.reject);
  }
}

const batchers = new WeakMap<Db, Batcher>();

/** Stores a response without attachments through the shared group-commit queue of this database. */
export function upsertGrouped(db: Db, row: SubmissionRow, credit: Credit | null): Promise<Written> {
  let b = batchers.get(db);
  if (!b) batchers.set(db, (b = new Batcher(db)));
  return b.submit(row, credit);
}
