import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../privacy/privacy.service';
import { checkHeader, type ImportKind } from './columns.rules';
import { callerKey, recall } from './imports.cache';
import { checkChunk, insertChunk, newChecker, type Checked } from './imports.check.service';
import { fail, live, nextTick, progress, type ImportJobView, type RunOptions } from './imports.jobs.service';
import * as repo from './imports.repo';
import { buildReport, chunkSize, type ImportError } from './imports.rules';
import { readSheet, type FileFormat } from './spreadsheets';

/** The commit: every row in one transaction, or none. */

class InvalidOnCommit extends Error {
  constructor(readonly errors: ImportError[]) {
    super('The rows no longer pass the rules');
  }
}

interface Work {
  deps: Deps;
  ctx: RequestContext;
  job: ImportJobView;
  onRows: (n: number) => void;
}

/** Rows the dry run checked for this caller: insert them chunk by chunk. */
async function insertChecked(w: Work, rows: Checked[]): Promise<number> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await insertChunk(w.deps, w.ctx, w.job.kind, rows.slice(i, i + chunkSize));
    w.onRows(Math.min(i + chunkSize, rows.length));
    await nextTick();
  }
  return rows.length;
}

/** No checked rows at hand: read the file again and check each chunk (the data may have changed), then insert it. */
async function checkAndInsert(w: Work, content: string, options: RunOptions): Promise<number> {
  const { kind, format } = w.job;
  const sheet = await readSheet(Buffer.from(content, 'base64'), format as FileFormat, kind);
  const header = checkHeader(kind as ImportKind, sheet.header);
  const checker = newChecker(w.deps, w.ctx, kind, header.columns, w.job.id, options.defaultPartner);
  const errors: ImportError[] = [];
  let inserted = 0;
  for (let i = 0; i < sheet.rows.length; i += chunkSize) {
    const result = await checkChunk(checker, sheet.rows.slice(i, i + chunkSize));
    errors.push(...result.errors);
    if (errors.length === 0) await insertChunk(w.deps, w.ctx, kind, result.checked);
    inserted += result.checked.length;
    w.onRows(Math.min(i + chunkSize, sheet.rows.length));
    await nextTick();
  }
  if (errors.length > 0) throw new InvalidOnCommit(errors);
  return inserted;
}

export async function commit(
  deps: Deps,
  ctx: RequestContext,
  job: ImportJobView,
  partnerId: string | null,
  content: () => Promise<string>,
  options: RunOptions,
): Promise<void> {
  const checked = recall(job.id, callerKey(ctx, options.defaultPartner));
  try {
    // Read before the transaction: on PGlite the transaction holds the only connection.
    const file = checked ? '' : await content();
    const imported = await inTransaction(deps.db, async (trx) => {
      const w: Work = {
        deps: { ...deps, db: trx },
        ctx,
        job,
        onRows: (n) => progress(job, partnerId, options, { processedRows: n }),
      };
      const n = checked ? await insertChecked(w, checked) : await checkAndInsert(w, file, options);
      await recordAudit(trx, ctx, {
        action: `${job.kind}.import`,
        entity: 'import',
        entityId: job.id,
        partnerId: ctx.actor?.partnerId ?? null,
        detail: { filename: job.filename, format: job.format, rows: n },
      });
      return n;
    });
    await repo.updateJob(deps.db, job.id, {
      status: 'done',
      processed_rows: imported,
      imported_count: imported,
      content: null,
      finished_at: new Date(),
    });
  } catch (err) {
    if (!(err instanceof InvalidOnCommit)) return await fail(deps, job.id, err);
    const report = buildReport(job.totalRows, err.errors, { ignoredColumns: [], sheet: null });
    await repo.updateJob(deps.db, job.id, {
      status: 'invalid',
      error_count: err.errors.length,
      report: report as unknown as Record<string, unknown>,
      content: null,
      finished_at: new Date(),
    });
  } finally {
    live.delete(job.id);
  }
}
