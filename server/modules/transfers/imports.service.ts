import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, isAllowed, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { checkHeader, type ImportKind } from './columns.rules';
import { callerKey, forget, remember } from './imports.cache';
import { checkChunk, newChecker, type Checked } from './imports.check.service';
import { commit } from './imports.commit.service';
import {
  fail,
  launch,
  live,
  nextTick,
  progress,
  toView,
  type ImportJobView,
  type RunOptions,
} from './imports.jobs.service';
import * as repo from './imports.repo';
import { buildReport, chunkSize, cleanFilename, formatOf, isLegacyXls, type ImportError } from './imports.rules';
import { looksLikeZip, readSheet, type FileFormat, type Sheet } from './spreadsheets';

export { importsSettled, type ImportJobView, type RunOptions } from './imports.jobs.service';

/**
 * Imports: upload -> dry run (every row through the API's rules, a row-by-row report) -> commit (all rows in one
 * transaction, or none). Both steps run in chunks in the background and report progress on the job, which the
 * web app polls; the CLI runs them in the foreground with a progress callback.
 */

export interface Upload {
  kind: ImportKind;
  filename: string | undefined;
  mime: string | undefined;
  content: Buffer;
}

function createAction(kind: ImportKind) {
  return kind === 'opportunities' ? 'opportunities.create' : 'micro-assets.create';
}

function detectFormat(upload: Upload): FileFormat {
  if (isLegacyXls(upload.content))
    throw new AppError('validation_failed', 'This is an old .xls workbook: save it as .xlsx or CSV (UTF-8)');
  return formatOf(upload.mime, upload.filename) ?? (looksLikeZip(upload.content) ? 'xlsx' : 'csv');
}

async function readUpload(kind: ImportKind, content: Buffer, format: FileFormat) {
  const sheet = await readSheet(content, format, kind);
  const header = checkHeader(kind, sheet.header);
  const where = sheet.sheet ? `sheet "${sheet.sheet}" (sheets: ${sheet.sheets.join(', ')}): ` : '';
  if (header.problem) throw new AppError('validation_failed', `${where}${header.problem}`);
  if (sheet.rows.length === 0) throw new AppError('validation_failed', `${where}the file has no rows under the header`);
  return { sheet, header };
}

export async function startImport(
  deps: Deps,
  ctx: RequestContext,
  upload: Upload,
  options: RunOptions,
): Promise<ImportJobView> {
  if (ctx.actor && !isAllowed(ctx.actor, createAction(upload.kind)))
    throw new AppError('forbidden', `The ${ctx.actor.role} role may not create ${upload.kind}`);
  const format = detectFormat(upload);
  const { sheet, header } = await readUpload(upload.kind, upload.content, format);
  const row = await repo.insertJob(deps.db, {
    kind: upload.kind,
    format,
    filename: cleanFilename(upload.filename, `upload.${format}`),
    status: 'validating',
    total_rows: sheet.rows.length,
    content: upload.content.toString('base64'),
    partner_id: ctx.actor?.partnerId ?? null,
    created_by: ctx.actor?.userId ?? null,
  });
  const job = toView(row);
  progress(job, row.partner_id, options, {});
  await launch(
    () => dryRun(deps, ctx, job, row.partner_id, { sheet, columns: header.columns, ignored: header.ignored }, options),
    options,
  );
  return options.background ? job : getImport(deps, ctx, job.id);
}

interface Parsed {
  sheet: Sheet;
  columns: string[];
  ignored: string[];
}

async function dryRun(
  deps: Deps,
  ctx: RequestContext,
  job: ImportJobView,
  partnerId: string | null,
  parsed: Parsed,
  options: RunOptions,
): Promise<void> {
  try {
    const checker = newChecker(deps, ctx, job.kind, parsed.columns, job.id, options.defaultPartner);
    const errors: ImportError[] = [];
    const checked: Checked[] = [];
    for (let i = 0; i < parsed.sheet.rows.length; i += chunkSize) {
      const chunk = parsed.sheet.rows.slice(i, i + chunkSize);
      const result = await checkChunk(checker, chunk);
      errors.push(...result.errors);
      if (errors.length === 0) checked.push(...result.checked);
      progress(job, partnerId, options, { processedRows: i + chunk.length, errorCount: errors.length });
      await repo.updateJob(deps.db, job.id, { processed_rows: job.processedRows, error_count: errors.length });
      await nextTick();
    }
    const report = buildReport(parsed.sheet.rows.length, errors, {
      ignoredColumns: parsed.ignored,
      sheet: parsed.sheet.sheet,
    });
    const valid = errors.length === 0;
    if (valid) remember(job.id, callerKey(ctx, options.defaultPartner), checked);
    await repo.updateJob(deps.db, job.id, {
      status: valid ? 'valid' : 'invalid',
      error_count: errors.length,
      report: report as unknown as Record<string, unknown>,
      ...(valid ? {} : { content: null, finished_at: new Date() }),
    });
  } catch (err) {
    forget(job.id);
    await fail(deps, job.id, err);
  } finally {
    live.delete(job.id);
  }
}

/** A job the caller may see: their own partner's (all for programme admins and the system); others are 404. */
async function visibleJob(deps: Deps, ctx: RequestContext, id: string): Promise<repo.JobRow> {
  const row = isUuid(id) ? await repo.findJob(deps.db, id) : undefined;
  if (!row || (ctx.actor && !inScope(partnerScope(ctx.actor, 'imports.run'), row.partner_id ?? '')))
    throw notFound('Import');
  return row;
}

export async function getImport(deps: Deps, ctx: RequestContext, id: string): Promise<ImportJobView> {
  const running = live.get(id);
  if (running && (!ctx.actor || inScope(partnerScope(ctx.actor, 'imports.run'), running.partnerId ?? '')))
    return { ...running.view };
  const row = await visibleJob(deps, ctx, id);
  if (isAbandoned(row)) {
    await fail(
      deps,
      row.id,
      new AppError('unavailable', 'The server stopped while working on this import: upload the file again'),
    );
    return toView(await visibleJob(deps, ctx, id));
  }
  return toView(row);
}

/** Work that no server has touched for this long died with its server (a 100,000-row commit takes well under it). */
const abandonedAfterMs = 15 * 60 * 1000;
const isAbandoned = (row: repo.JobRow): boolean =>
  ['queued', 'validating', 'importing'].includes(row.status) &&
  !live.has(row.id) &&
  Date.now() - row.updated_at.getTime() > abandonedAfterMs;

export async function commitImport(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  options: RunOptions,
): Promise<ImportJobView> {
  const current = await visibleJob(deps, ctx, id);
  if (ctx.actor && !isAllowed(ctx.actor, createAction(current.kind as ImportKind)))
    throw new AppError('forbidden', `The ${ctx.actor.role} role may not create ${current.kind}`);
  const claimed = await repo.claimForCommit(deps.db, current.id);
  if (!claimed)
    throw new AppError(
      'conflict',
      `This import is ${current.status}: only a dry run that found no errors can be committed, and only once`,
    );
  const job = toView(claimed);
  progress(job, claimed.partner_id, options, {});
  // The file is read back only when the rows must be checked again (see imports.cache.ts).
  const content = async () => (await repo.jobContent(deps.db, id)) ?? '';
  await launch(() => commit(deps, ctx, job, claimed.partner_id, content, options), options);
  return options.background ? job : getImport(deps, ctx, id);
}
