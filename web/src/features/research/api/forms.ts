import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, getJson, refreshCsrfToken, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';

export const formStatuses = ['draft', 'open', 'closed'] as const;
export type FormStatus = (typeof formStatuses)[number];

const versionRef = z.object({ id: idSchema, version: z.string(), md5: z.string(), createdAt: z.string() });

export const formSchema = z.object({
  id: idSchema,
  formId: z.string(),
  title: z.string(),
  partner: partnerRefSchema,
  anonymous: z.boolean(),
  status: z.enum(formStatuses),
  languages: z.array(z.string()),
  voucherPence: z.number(),
  currentVersion: versionRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Form = z.infer<typeof formSchema>;

export const lintWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().nullable(),
  language: z.string().optional(),
});

export const formDetailSchema = formSchema.extend({
  versions: z.array(versionRef.extend({ source: z.string() })),
  warnings: z.array(z.string()).optional(),
  lint: z.array(lintWarningSchema).default([]),
});
export type FormDetail = z.infer<typeof formDetailSchema>;

export const formFilterKeys = ['status'] as const;
const formListSchema = listSchema(formSchema);

export function useForms(query: ListQuery) {
  return useQuery({
    queryKey: ['research-forms', query],
    queryFn: () => getJson(listUrl('/api/v1/research/forms', query), formListSchema),
    placeholderData: keepPreviousData,
  });
}

export function useForm(id: string) {
  return useQuery({
    queryKey: ['research-form', id],
    queryFn: () => getJson(`/api/v1/research/forms/${encodeURIComponent(id)}`, formDetailSchema),
  });
}

export function updateForm(id: string, body: { status?: 'open' | 'closed'; voucherPence?: number }) {
  return sendJson('PATCH', `/api/v1/research/forms/${encodeURIComponent(id)}`, body, formDetailSchema);
}

/** Uploads an XLSForm (.xlsx) or XForm (.xml) as multipart: a new form, or a new version of `formId`. */
export async function uploadForm(
  file: File,
  options: { formId?: string; anonymous?: boolean; open?: boolean } = {},
): Promise<FormDetail> {
  const body = new FormData();
  if (!options.formId) {
    body.set('anonymous', String(options.anonymous ?? false));
    body.set('open', String(options.open ?? false));
  }
  body.set('file', file);
  const url = options.formId
    ? `/api/v1/research/forms/${encodeURIComponent(options.formId)}/versions`
    : '/api/v1/research/forms';
  const send = async (token: string) =>
    fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { 'x-csrf-token': token } });
  let response: Response;
  try {
    response = await send(await refreshCsrfToken());
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', detail: '' });
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = z
      .object({
        code: z.string().optional(),
        detail: z.string().optional(),
        errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      })
      .safeParse(json);
    const data = problem.success ? problem.data : {};
    throw new ApiError({
      status: response.status,
      code: data.code ?? `http_${response.status}`,
      detail: data.detail ?? response.statusText,
      errors: data.errors,
    });
  }
  return formDetailSchema.parse(json);
}
