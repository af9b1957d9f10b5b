// The envelope every API call returns: values and errors cross IPC and HTTP as data, never as thrown errors.
export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_state',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the input as a whole. */
  path: string;
  /** Locale key (in the `errors` namespace) describing the problem. */
  key: string;
  /** Extra values for the message, e.g. the minimum length. */
  params?: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** A locale key in the `errors` namespace more specific than the code, e.g. `auth.invalidCredentials`. */
  reason?: string;
  details?: { fields?: FieldIssue[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, extra?: Omit<ApiError, 'code' | 'message'>): Result<never> {
  return { ok: false, error: { code, message, ...extra } };
}

/** HTTP status used by the browser transport for each error code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  internal: 500,
};
