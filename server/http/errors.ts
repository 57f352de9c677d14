/**
 * One AppError with a documented code list (docs/errors.md), rendered as application/problem+json.
 * Every bad input maps to a 4xx here; only a genuine fault is a 500.
 */
export const problemCatalogue = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  weak_password: { status: 400, title: 'The password is too weak' },
  unauthenticated: { status: 401, title: 'Sign in first' },
  invalid_credentials: { status: 401, title: 'Email or password is wrong' },
  forbidden: { status: 403, title: 'Your role does not allow this' },
  csrf_invalid: { status: 403, title: 'The CSRF token is missing or wrong' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'This conflicts with an existing record' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  unprocessable: { status: 422, title: 'The request breaks a rule' },
  account_locked: { status: 423, title: 'The account is locked for a while' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Something went wrong on our side' },
  unavailable: { status: 503, title: 'A service the platform needs is unavailable' },
} as const;

export type ProblemCode = keyof typeof problemCatalogue;

export interface FieldProblem {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly errors: FieldProblem[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail?: string,
    extras: { errors?: FieldProblem[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(detail ?? problemCatalogue[code].title, { cause: extras.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = problemCatalogue[code].status;
    this.errors = extras.errors;
    this.headers = extras.headers ?? {};
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
}

export function toProblem(error: AppError, instance?: string, requestId?: string): Problem {
  return {
    type: `https://useit.example/problems/${error.code}`,
    title: problemCatalogue[error.code].title,
    status: error.status,
    code: error.code,
    detail: error.message,
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} was not found`);
export const forbidden = (detail?: string): AppError => new AppError('forbidden', detail);
