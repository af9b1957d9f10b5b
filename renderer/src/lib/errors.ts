// Turns the back end's errors into the most specific translated message, and onto the form fields they name.
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
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

/**
 * Puts field issues on the form's fields (by their first path segment, or through `mapPath`) and returns the message
 * for the form as a whole: the specific reason unless the fields already say it, else the code's message.
 */
export function applyApiError<T extends FieldValues>(
  t: TFunction,
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
  mapPath: (path: string) => string = (path) => path.split('.')[0] ?? path,
): string {
  const apiError = apiErrorOf(error);
  const applied: string[] = [];
  for (const issue of apiError.details?.fields ?? []) {
    const field = mapPath(issue.path);
    if (!fieldNames.includes(field)) continue;
    setError(field as Path<T>, { type: 'server', message: t(`errors:${issue.key}`, issue.params ?? {}) });
    applied.push(issue.key);
  }
  if (apiError.reason && !applied.includes(apiError.reason) && t(`errors:${apiError.reason}`, { defaultValue: '' }) !== '') {
    return t(`errors:${apiError.reason}`);
  }
  if (applied.length > 0) return t('errors:validation');
  return t(`errors:${apiError.code}`);
}
