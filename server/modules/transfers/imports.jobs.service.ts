import type { Deps } from '../../deps';
import { toAppError } from '../../http/error-mapping';
import type { ImportKind } from './columns.rules';
import * as repo from './imports.repo';
import { buildReport, type ImportReport, type ImportStatus } from './imports.rules';
import type { FileFormat } from './spreadsheets';

/** Import jobs as the API shows them, the work this process is doing on them, and how that work ends. */

export interface ImportJobView {
  id: string;
  kind: ImportKind;
  format: FileFormat;
  filename: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  errorCount: number;
  importedCount: number | null;
  report: ImportReport | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface RunOptions {
  /** answer at once and work on in the background (HTTP); otherwise finish first (CLI) */
  background: boolean;
  onProgress?: (job: ImportJobView) => void;
  /** the partner for rows that name none (the CLI's --partner) */
  defaultPartner?: string;
}

export const toView = (r: repo.JobRow): ImportJobView => ({
  id: r.id,
  kind: r.kind as ImportKind,
  format: r.format as FileFormat,
  filename: r.filename,
  status: r.status as ImportStatus,
  totalRows: r.total_rows,
  processedRows: r.processed_rows,
  errorCount: r.error_count,
  importedCount: r.imported_count,
  report: 'rows' in r.report ? (r.report as unknown as ImportReport) : null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
});

/**
 * Jobs this process is working on. While a commit holds its transaction (PGlite has one connection), polls are
 * answered from here; the job row gets the final state when the work ends.
 */
export const live = new Map<string, { view: ImportJobView; partnerId: string | null }>();
const running = new Set<Promise<void>>();

/** Resolves when every background import of this process has finished (tests, shutdown). */
export const importsSettled = async (): Promise<void> => {
  while (running.size > 0) await Promise.allSettled([...running]);
};

/** Lets polls and other requests in between chunks. */
export const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function launch(work: () => Promise<void>, options: RunOptions): Promise<void> {
  const task = work();
  running.add(task);
  void task.finally(() => running.delete(task));
  return options.background ? Promise.resolve() : task;
}

export function progress(
  job: ImportJobView,
  partnerId: string | null,
  options: RunOptions,
  patch: Partial<ImportJobView>,
): void {
  Object.assign(job, patch, { updatedAt: new Date().toISOString() });
  live.set(job.id, { view: { ...job }, partnerId });
  options.onProgress?.({ ...job });
}

/** The job failed as a whole (row 0): the report says why; nothing was written. */
export async function fail(deps: Deps, id: string, err: unknown): Promise<void> {
  const problem = toAppError(err);
  if (problem.status >= 500) deps.log.error({ err, importId: id }, 'import failed');
  const report = buildReport(0, [{ row: 0, column: '', message: problem.message }], {
    ignoredColumns: [],
    sheet: null,
  });
  await repo.updateJob(deps.db, id, {
    status: 'failed',
    report: report as unknown as Record<string, unknown>,
    content: null,
    finished_at: new Date(),
  });
}
