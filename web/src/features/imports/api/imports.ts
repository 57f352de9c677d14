import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, getJson, refreshCsrfToken, sendJson } from '../../../lib/api';

export const importKinds = ['opportunities', 'micro-assets'] as const;
export type ImportKind = (typeof importKinds)[number];

/** 20 MB, as the server enforces (it answers 413 above it). */
export const importLimitBytes = 20 * 1024 * 1024;

const rowError = z.object({ row: z.number(), column: z.string(), message: z.string() });

export const importJobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  format: z.string(),
  filename: z.string(),
  status: z.enum(['queued', 'validating', 'valid', 'invalid', 'importing', 'done', 'failed']),
  totalRows: z.number(),
  processedRows: z.number(),
  errorCount: z.number(),
  importedCount: z.number().nullable(),
  report: z
    .object({
      rows: z.number(),
      valid: z.number(),
      invalid: z.number(),
      errors: z.array(rowError),
      errorsTruncated: z.boolean(),
      ignoredColumns: z.array(z.string()),
      sheet: z.string().nullable(),
    })
    .nullable(),
});

export type ImportJob = z.infer<typeof importJobSchema>;
export type RowError = z.infer<typeof rowError>;

/** A job is worth polling while the server is still working on it. */
export const isWorking = (job: ImportJob | undefined): boolean =>
  job !== undefined && ['queued', 'validating', 'importing'].includes(job.status);

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const problemSchema = z.object({ code: z.string().optional(), detail: z.string().optional() });

/** Sends the file itself as the body (no form encoding), with the CSRF token every write needs. */
export async function uploadImport(file: File, kind: ImportKind): Promise<ImportJob> {
  const isXlsx = /\.xlsx$/i.test(file.name) || file.type === xlsxType;
  const url = `/api/v1/imports?kind=${kind}&filename=${encodeURIComponent(file.name)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        'content-type': isXlsx ? xlsxType : 'text/csv',
        'x-csrf-token': await refreshCsrfToken(),
      },
      body: file,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', detail: '' });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    const data = problem.success ? problem.data : {};
    throw new ApiError({
      status: response.status,
      code: data.code ?? `http_${response.status}`,
      detail: data.detail ?? '',
    });
  }
  return importJobSchema.parse(body);
}

export function commitImport(id: string): Promise<ImportJob> {
  return sendJson('POST', `/api/v1/imports/${encodeURIComponent(id)}/commit`, undefined, importJobSchema);
}

/** The job, polled twice a second while the server validates or imports it. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: () => getJson(`/api/v1/imports/${encodeURIComponent(id ?? '')}`, importJobSchema),
    enabled: id !== null,
    refetchInterval: (query) => (isWorking(query.state.data) ? 500 : false),
  });
}

export const templateUrl = (kind: ImportKind, format: 'csv' | 'xlsx') => `/api/v1/imports/templates/${kind}.${format}`;
export const exportUrl = (dataset: ImportKind, format: 'csv' | 'xlsx' | 'geojson') =>
  `/api/v1/exports/${dataset}.${format}`;
export const hsdsUrl = '/api/v1/exports/hsds.json';
