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
  if (apiError.reason && t(`errors:${apiError.reason}`, { defaultValue: '' }) !== '') return t(`errors:${apiError.reason}`);
  return t(`errors:${apiError.code}`);
}

export function isConflict(error: unknown): boolean {
  return apiErrorOf(error).code === 'conflict';
}
