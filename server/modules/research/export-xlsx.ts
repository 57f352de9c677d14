import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { columnHeader } from './forms.rules';
import { latestVersion } from './forms.repo';
import { visibleForm } from './forms.service';
import { cellValue, instanceRows, sheetPlan, type SheetPlan, type SheetRow } from './export-xlsx.rules';
import { parseXml } from './research.xml';
import { rdb } from './research.tables';
import type { FormSchema } from './xlsform.types';

/**
 * Streams a form's responses as an XLSX workbook: the responses sheet, then one sheet per repeat. The streaming
 * writer zips one sheet at a time, so each sheet is one pass over the responses (nothing is held in memory).
 */

const batch = 500;

async function* responses(db: Db, formId: string) {
  let after: string | null = null;
  for (;;) {
    let qb = rdb(db)
      .selectFrom('research_submissions as s')
      .innerJoin('research_form_versions as v', 'v.id', 's.form_version_id')
      .select(['s.id', 's.instance_id', 's.channel', 's.complete', 's.received_at', 's.language', 's.xml', 'v.version'])
      .where('s.form_id', '=', formId)
      .orderBy('s.id')
      .limit(batch);
    if (after) qb = qb.where('s.id', '>', after);
    const page = await qb.execute();
    for (const r of page) yield r;
    if (page.length < batch) return;
    after = page[page.length - 1]!.id;
  }
}

interface Options {
  labels: boolean;
  language?: string | undefined;
}

async function writeWorkbook(
  deps: Deps,
  form: { id: string; anonymous: boolean },
  schema: FormSchema,
  o: Options,
  out: PassThrough,
) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const language = o.language ?? schema.defaultLanguage ?? null;
  const header = (s: SheetPlan) => s.columns.map((c) => (o.labels ? columnHeader(c.field, c.path, language) : c.path));
  for (const sheet of sheetPlan(schema)) {
    const ws = wb.addWorksheet(sheet.name);
    const main = sheet.repeatPath === '';
    ws.addRow(
      main
        ? ['instanceID', 'formVersion', 'channel', 'complete', 'received', 'language', ...header(sheet)]
        : ['instanceID', 'key', 'parentKey', ...header(sheet)],
    ).commit();
    for await (const r of responses(deps.db, form.id)) {
      let rows: SheetRow[];
      try {
        rows = instanceRows(schema, parseXml(r.xml)).get(sheet.repeatPath) ?? [];
      } catch {
        rows = [];
      }
      const received = r.received_at as Date;
      for (const row of rows) {
        const cells = sheet.columns.map((c) => cellValue(c.field, row.values[c.path], language, o.labels));
        const fixed = main
          ? [
              r.instance_id,
              r.version,
              r.channel,
              r.complete ? 'yes' : 'no',
              form.anonymous ? received.toISOString().slice(0, 10) : received.toISOString(),
              r.language ?? '',
            ]
          : [r.instance_id, row.key, row.parentKey || null];
        ws.addRow([...fixed, ...cells]).commit();
      }
    }
    ws.commit();
  }
  await wb.commit();
}

export async function exportXlsx(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  options: Options,
): Promise<{ filename: string; stream: Readable }> {
  const form = await visibleForm(deps, ctx, id);
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.export'), form.partner_id))
    throw new AppError('forbidden', "You can only export your own partner's forms");
  const latest = await latestVersion(deps.db, form.id);
  if (!latest) throw new AppError('unprocessable', 'The form has no published version to export');
  const schema = latest.schema as FormSchema;
  if (options.language && !schema.languages.includes(options.language))
    throw new AppError('validation_failed', `lang: the form has no language "${options.language}"`, {
      errors: [{ path: 'querystring.lang', message: `one of: ${schema.languages.join(', ') || '(none)'}` }],
    });
  const out = new PassThrough();
  writeWorkbook(deps, form, schema, options, out).catch((err: unknown) => {
    deps.log.error({ err: String(err), form: form.id }, 'XLSX export failed mid-stream');
    out.destroy(err as Error);
  });
  return { filename: `${form.xform_id}-responses.xlsx`, stream: out };
}
