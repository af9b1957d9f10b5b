// Turns the back end's errors into the most specific translated message (a form's fields: lib/apiForm.ts).
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/api/envelope';
import { ApiCallError } from './api';

export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** `errors:<reason>` when the locale knows it, else `errors:<code>`. */
export function errorMessage(t: TFunction, error: unknown): string {
  const apiError = apiErrorOf(error);
  if (apiError.reason && t(`errors:${apiError.reason}`, { defaultValue: '' }) !== '') return t(`errors:${apiError.reason}`, reasonParams(apiError));
  return t(`errors:${apiError.code}`);
}

export function isConflict(error: unknown): boolean {
  return apiErrorOf(error).code === 'conflict';
}

/** The values a reason's message names (the part, the quantity asked and the one available), when the back end sent them. */
export function reasonParams(apiError: ApiError): Record<string, string | number> {
  const params = apiError.details?.params;
  return params !== null && typeof params === 'object' ? (params as Record<string, string | number>) : {};
}
