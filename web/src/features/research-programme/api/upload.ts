import { z } from 'zod';
import { ApiError, refreshCsrfToken } from '../../../lib/api';

const problemSchema = z.object({
  code: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Uploads one file as multipart (field "file") with the CSRF token; problems come back as ApiError. */
export async function uploadFile<T>(url: string, file: File, schema: z.ZodType<T>): Promise<T> {
  const body = new FormData();
  body.set('file', file);
  let response: Response;
  try {
    const token = await refreshCsrfToken();
    response = await fetch(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'x-csrf-token': token },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', detail: '' });
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemSchema.safeParse(json);
    const data = problem.success ? problem.data : {};
    throw new ApiError({
      status: response.status,
      code: data.code ?? `http_${response.status}`,
      detail: data.detail ?? response.statusText,
      errors: data.errors,
    });
  }
  return schema.parse(json);
}
