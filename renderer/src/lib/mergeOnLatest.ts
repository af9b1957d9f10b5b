// After a save lost to someone else's change: the latest version with the user's own changes on top. A field is the
// user's change when it differs from the version the form was read at; every other field takes the latest value.
// Plain objects are walked into; a list (contacts, phones) is one field, compared whole.

export interface TheirChange {
  /** The field's path in the form's values (`fault.nature`, `contacts`). */
  field: string;
  /** What the form was read with. */
  before: unknown;
  /** What the other person saved. */
  theirs: unknown;
  /** What this user typed, when they changed the field too (kept); undefined when the latest value was taken. */
  mine?: unknown;
}

export interface MergedOnLatest<Values> {
  values: Values;
  /** The fields the other person changed, in the form's order. */
  theirChanges: TheirChange[];
  /** The fields the user changed and keeps (to mark them changed against the latest version). */
  ownFields: string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

function leafPaths(values: readonly unknown[], prefix = ''): string[] {
  const keys: string[] = [];
  for (const value of values) {
    if (!isPlainObject(value)) continue;
    for (const key of Object.keys(value)) if (!keys.includes(key)) keys.push(key);
  }
  return keys.flatMap((key) => {
    const children = values.map((value) => (isPlainObject(value) ? value[key] : undefined));
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return children.some(isPlainObject) ? leafPaths(children, path) : [path];
  });
}

const valueAt = (values: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), values);

function setAt(values: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = values;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** `before`: the values the form was read with; `mine`: what is on the form now; `latest`: the latest version's values. */
export function mergeOnLatest<Values extends object>(before: Values, mine: Values, latest: Values): MergedOnLatest<Values> {
  const values = structuredClone(latest) as Record<string, unknown>;
  const theirChanges: TheirChange[] = [];
  const ownFields: string[] = [];
  for (const field of leafPaths([before, mine, latest])) {
    const was = valueAt(before, field);
    const typed = valueAt(mine, field);
    const theirs = valueAt(latest, field);
    const changedByMe = !sameValue(typed, was);
    const changedByThem = !sameValue(theirs, was);
    if (changedByMe) {
      setAt(values, field, structuredClone(typed));
      if (!sameValue(typed, theirs)) ownFields.push(field);
    }
    if (changedByThem && !sameValue(typed, theirs)) theirChanges.push({ field, before: was, theirs, ...(changedByMe && { mine: typed }) });
  }
  return { values: values as Values, theirChanges, ownFields };
}
