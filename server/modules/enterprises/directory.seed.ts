import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { createForm } from '../research/forms.write.service';
import { submitFromWeb } from '../research/submissions.web.service';
import { linkBaselineForm } from './directory.service';

/**
 * Demo data (`<pack>/demo/baseline-survey.json`): the baseline study of enterprises in the area, an XLSForm of a
 * few closed questions (and one free-text question that must never be published) uploaded as a research
 * questionnaire, fictional paper responses entered by ward, and the link that makes it the directory's
 * baseline survey. Counts are chosen so that some cells show and some are suppressed.
 */
const row = z.record(z.string(), z.string());
const demoFile = z.object({
  partner: z.string().min(1),
  anonymous: z.boolean(),
  form: z.object({ survey: z.array(row), choices: z.array(row), settings: z.array(row) }),
  responses: z.array(
    z.object({
      count: z.number().int().min(1).max(100),
      area: z.string().min(1),
      complete: z.boolean().default(true),
      answers: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
});
export type DemoBaseline = z.infer<typeof demoFile>;

export function readDemoBaseline(dir: string): DemoBaseline | null {
  const file = join(dir, 'demo', 'baseline-survey.json');
  if (!existsSync(file)) return null;
  const parsed = demoFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `demo/baseline-survey.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

/** The XLSForm as the .xlsx file a lead would upload. */
async function workbook(sheets: DemoBaseline['form']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    wb.addWorksheet(name).addRows([headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function seedDemoBaseline(deps: Deps, ctx: RequestContext, demo: DemoBaseline): Promise<void> {
  const content = await workbook(demo.form);
  const form = await createForm(
    deps,
    ctx,
    { content, filename: 'enterprise-baseline.xlsx', mime: undefined },
    { partner: demo.partner, anonymous: demo.anonymous, open: true, voucherPence: 0 },
  );
  let n = 0;
  for (const r of demo.responses)
    for (let i = 0; i < r.count; i++)
      await submitFromWeb(deps, ctx, form.id, {
        channel: 'paper',
        complete: r.complete,
        answers: r.answers,
        instanceId: `uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
        area: r.area,
        language: 'English (en)',
      });
  await linkBaselineForm(deps, ctx, form.id);
}
