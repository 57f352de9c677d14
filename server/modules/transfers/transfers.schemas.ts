import { z } from 'zod';
import { importKinds } from './columns.rules';
import { datasets, exportFormats } from './exports.service';
import { importStatuses } from './imports.rules';
import { templateFiles } from './templates.service';

export const importQuery = z.object({
  kind: z.enum(importKinds).optional().describe('what the rows are; may also come as a multipart field "kind"'),
  filename: z.string().max(255).optional().describe('the file name, when the body is the raw file'),
});

export const importParams = z.object({ id: z.string().min(1).max(100) });

export const importJob = z.object({
  id: z.string(),
  kind: z.enum(importKinds),
  format: z.enum(['csv', 'xlsx']),
  filename: z.string(),
  status: z.enum(importStatuses),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  errorCount: z.number().int(),
  importedCount: z.number().int().nullable(),
  report: z
    .object({
      rows: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
      errors: z.array(
        z.object({
          row: z.number().int().describe('spreadsheet row number (the header is row 1; 0 = the whole file)'),
          column: z.string(),
          message: z.string(),
        }),
      ),
      errorsTruncated: z.boolean().describe('more errors than listed (errorCount has them all)'),
      ignoredColumns: z.array(z.string()),
      sheet: z.string().nullable(),
    })
    .nullable()
    .describe('the dry-run report, once it has run'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export const templateParams = z.object({ file: z.enum(templateFiles) });

const exportFiles = datasets.flatMap((d) => exportFormats.map((f) => `${d}.${f}` as const));
export const exportParams = z.object({
  file: z.enum(exportFiles as [string, ...string[]]).describe(exportFiles.join(', ')),
});
