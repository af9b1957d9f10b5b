// Turns zod issues into field issues the UI can translate: the key names a message in the `errors` namespace.
import type { z } from 'zod';
import type { FieldIssue } from './envelope';

export function fieldIssuesFrom(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), ...keyFor(issue) }));
}

function keyFor(issue: z.core.$ZodIssue): Pick<FieldIssue, 'key' | 'params'> {
  if (issue.message.startsWith('validation.')) return { key: issue.message };
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
