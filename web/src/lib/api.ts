import { z } from 'zod';

/** One error shape for every failed request: the server's problem+json, or a stand-in for network failures. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: { path: string; message: string }[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    errors?: { path: string; message: string }[];
    requestId?: string | undefined;
  }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const problemSchema = z.object({
  status: z.number().optional(),
  code: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const csrfSchema = z.object({ csrfToken: z.string() });

let csrfToken: Promise<string> | undefined;

/** Fetches a fresh CSRF token; called on load and after sign-in and sign-out, when the session changes. */
export function refreshCsrfToken(): Promise<string> {
  const pending = rawRequest('GET', '/api/v1/auth/csrf').then((body) => csrfSchema.parse(body).csrfToken);
  // A failed fetch must not poison later requests: forget it so the next mutation asks again.
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = undefined;
  });
  csrfToken = pending;
  return pending;
}

function currentCsrfToken(): Promise<string> {
  return csrfToken ?? refreshCsrfToken();
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const problem = problemSchema.safeParse(body);
  const data = problem.success ? problem.data : {};
  return new ApiError({
    status: response.status,
    code: data.code ?? `http_${response.status}`,
    detail: data.detail ?? data.title ?? response.statusText,
    errors: data.errors,
    requestId: data.requestId,
  });
}

async function rawRequest(method: Method, url: string, body?: unknown, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', detail: '' });
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? response.json() : undefined;
}

function looksLikeCsrfFailure(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.code.toLowerCase().includes('csrf');
}

/** Sends a request and returns the parsed JSON body (undefined for 204). Non-GET requests carry the CSRF token. */
export async function request(method: Method, url: string, body?: unknown): Promise<unknown> {
  if (method === 'GET') return rawRequest(method, url);
  try {
    return await rawRequest(method, url, body, await currentCsrfToken());
  } catch (error) {
    // The token may have been rotated by the server (new session); retry once with a fresh one.
    if (!looksLikeCsrfFailure(error)) throw error;
    return rawRequest(method, url, body, await refreshCsrfToken());
  }
}

/** GET a URL and validate the body with a zod schema, so components only ever see checked data. */
export async function getJson<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(await request('GET', url));
}

export async function sendJson<T>(
  method: Exclude<Method, 'GET'>,
  url: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  return schema.parse(await request(method, url, body));
}

export async function send(method: Exclude<Method, 'GET'>, url: string, body?: unknown): Promise<void> {
  await request(method, url, body);
}

/** The server refused: the user's role lacks the permission. Pages answer with the Forbidden page. */
export function isForbiddenError(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && !error.code.toLowerCase().includes('csrf');
}
