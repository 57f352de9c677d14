import { createWriteStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import type { Deps } from '../deps';
import { systemContext } from '../http/context';
import { exportDataset, exportHsds, type Dataset, type ExportFormat } from '../modules/transfers/exports.service';
import { commitImport, startImport, type ImportJobView } from '../modules/transfers/imports.service';

/**
 * `useit import` and `useit export`. They run as the system: rows must name their partner (or use --partner),
 * and exports hold what any partner may see (never private or residents' assets).
 */

type WithDeps = <T>(fn: (deps: Deps) => Promise<T>) => Promise<T>;

const out = (line: string) => process.stdout.write(`${line}\n`);

/** A text progress bar on stderr: redrawn in place on a terminal, a line per 10% otherwise. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return (job: ImportJobView) => {
    const total = Math.max(job.totalRows, 1);
    const share = Math.min(job.processedRows / total, 1);
    const width = 30;
    const filled = Math.round(share * width);
    const label = job.status === 'importing' ? 'importing ' : 'validating';
    const text = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${job.processedRows}/${job.totalRows} rows`;
    if (stream.isTTY) stream.write(`\r${text}`);
    else if (Math.floor(share * 10) !== lastTenth) stream.write(`${text}\n`);
    lastTenth = Math.floor(share * 10);
  };
}

function report(job: ImportJobView): void {
  const r = job.report;
  if (!r) return;
  for (const e of r.errors.slice(0, 50))
    process.stderr.write(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
  if (job.errorCount > 50) process.stderr.write(`  ... and ${job.errorCount - 50} more\n`);
  if (r.ignoredColumns.length) process.stderr.write(`  ignored columns: ${r.ignoredColumns.join(', ')}\n`);
}

export function addTransferCommands(program: Command, withDeps: WithDeps): void {
  program
    .command('import')
    .description('import opportunities or micro-assets from CSV or XLSX: a dry run, then all rows or none')
    .addArgument(program.createArgument('<kind>', 'what the rows are').choices(['opportunities', 'micro-assets']))
    .argument('<file>', 'a .csv (UTF-8) or .xlsx file; columns in docs/imports.md')
    .option('--dry-run', 'check every row and report, write nothing')
    .option('--partner <slug>', 'the partner for rows that name none')
    .action(async (kind: 'opportunities' | 'micro-assets', file: string, o: { dryRun?: boolean; partner?: string }) => {
      const content = readFileSync(file);
      const bar = progressBar();
      const options = { background: false, onProgress: bar, ...(o.partner ? { defaultPartner: o.partner } : {}) };
      const job = await withDeps(async (deps) => {
        const checked = await startImport(
          deps,
          systemContext,
          { kind, filename: file, mime: undefined, content },
          options,
        );
        if (process.stderr.isTTY) process.stderr.write('\n');
        if (checked.status !== 'valid' || o.dryRun) return checked;
        const done = await commitImport(deps, systemContext, checked.id, options);
        if (process.stderr.isTTY) process.stderr.write('\n');
        return done;
      });
      if (job.status === 'valid')
        out(`Dry run: all ${job.totalRows} rows are valid (import ${job.id}); nothing written`);
      else if (job.status === 'done') out(`Imported ${job.importedCount} ${kind} from ${file} (import ${job.id})`);
      else {
        report(job);
        throw new Error(
          `${file}: ${job.errorCount} problem${job.errorCount === 1 ? '' : 's'} (${job.status}); nothing written`,
        );
      }
    });

  program
    .command('export')
    .description('export opportunities or micro-assets (CSV, XLSX, GeoJSON) or the community directory (HSDS JSON)')
    .addArgument(program.createArgument('<what>').choices(['opportunities', 'micro-assets', 'hsds']))
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx', 'geojson']).default('csv'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (what: Dataset | 'hsds', o: { format: ExportFormat; out?: string }) => {
      const target = o.out ? createWriteStream(o.out) : process.stdout;
      await withDeps(async (deps) => {
        if (what === 'hsds') {
          const doc = await exportHsds(deps, systemContext);
          await new Promise<void>((resolve, reject) =>
            target.write(`${JSON.stringify(doc, null, 2)}\n`, (err) => (err ? reject(err) : resolve())),
          );
          if (o.out) target.end();
          return;
        }
        const file = await exportDataset(deps, systemContext, what, o.format);
        await pipeline(file.stream, target, { end: Boolean(o.out) });
      });
      if (o.out) process.stderr.write(`Wrote ${o.out}\n`);
    });
}
