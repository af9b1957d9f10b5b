// A react-hook-form resolver for zod schemas whose messages come from the `errors` namespace, like the server's.
import type { TFunction } from 'i18next';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldIssuesFrom } from '../../../shared/api/validation';

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  path.forEach((segment, index) => {
    if (index === path.length - 1) {
      if (node[segment] === undefined) node[segment] = value;
      return;
    }
    if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  });
}

export function translatedResolver<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  t: TFunction,
): Resolver<Input, unknown, Output> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of fieldIssuesFrom(result.error)) {
      const path = issue.path === '' ? ['root'] : issue.path.split('.');
      setAt(errors, path, { type: issue.key, message: t(`errors:${issue.key}`, issue.params ?? {}) });
    }
    return { values: {}, errors: errors as FieldErrors<Input> };
  };
}
