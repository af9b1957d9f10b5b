// Turns zod issues into field issues the UI can translate: the key names a message in the `errors` namespace.
import type { z } from 'zod';
import type { FieldIssue } from './envelope';

export function fieldIssuesFrom(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), ...keyFor(issue) }));
}

function keyFor(issue: z.core.$ZodIssue): Pick<FieldIssue, 'key' | 'params'> {
  if (issue.message.startsWith('validation.')) {
    const params = issue.code === 'custom' ? issue.params : undefined;
    return params ? { key: issue.message, params: params as Record<string, string | number> } : { key: issue.message };
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { key: 'validation.required' };
      return { key: 'validation.tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'validation.tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_type':
      return issue.input === undefined ? { key: 'validation.required' } : { key: 'validation.invalidType' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    case 'invalid_value':
      return { key: 'validation.invalidChoice' };
    case 'invalid_format':
      return { key: 'validation.invalidFormat' };
    default:
      return { key: 'validation.invalid' };
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every string in an input that is not valid Unicode (a lone surrogate): SQLite would store each as U+FFFD and the
 * text would no longer be what was sent, so such input is refused, naming the field.
 */
export function invalidUnicodeIssues(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) issues.push({ path: path.join('.'), key: 'validation.invalidUnicode' });
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || path.length > 32) return;
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) issues.push({ path: [...path, key].join('.'), key: 'validation.invalidUnicode' });
      visit(inner, [...path, key]);
    }
  };
  visit(input, []);
  return issues;
}
