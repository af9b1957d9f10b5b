// How long a text a method takes, read from its own zod input: the screens show the count against this limit, so the
// limit lives once, in the contract.
import type { z } from 'zod';
import { api, type MethodName } from './index';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema at `path` (`content`, `fault.userActions`, `contacts.0.notes`), through optional, default and pipes. */
function schemaAt(schema: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  let rest = [...path];
  while (node) {
    const def = defOf(node);
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else if (rest.length === 0) return node;
    else if (def.type === 'object' && def.shape) [node, rest] = [def.shape[rest[0]!], rest.slice(1)];
    else if (def.type === 'array' && def.element) [node, rest] = [def.element, rest.slice(1)];
    else return undefined;
  }
  return undefined;
}

/** The most characters the string at `path` of this schema takes; throws when there is no such string or no limit. */
export function maxLengthOf(schema: z.ZodType, path: string): number {
  const node = schemaAt(schema, path.split('.'));
  const max = (node as { maxLength?: number | null } | undefined)?.maxLength;
  if (typeof max !== 'number') throw new Error(`No string with a maximum length at ${path}`);
  return max;
}

/** The most characters a method's input takes at `path`, e.g. `inputMaxLength('complaints.create', 'content')` → 4000. */
export function inputMaxLength(method: MethodName, path: string): number {
  return maxLengthOf(api[method].input as z.ZodType, path);
}
