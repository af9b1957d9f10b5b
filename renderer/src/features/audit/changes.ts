// What an audit entry changed, field by field, in words the reader knows: nested parts of a record (a complaint form's
// part 1, a request's deadlines) are opened to the fields that changed, each named by its path of labels
// (`Part 1 › Route`); coded values (states, kinds, channels) are named in the reader's language.
import type { TFunction } from 'i18next';
import { isRole } from '../../../../shared/api';

export interface FieldChange {
  /** The field's path inside the record: `['state']`, `['part1', 'route']`. */
  path: string[];
  /** The path joined with dots, a key for lists. */
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping columns every write touches; they say nothing about what the user changed. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A record another one points at (a department, an article): shown by its name or number, not opened. */
const isReference = (value: Plain): boolean => 'id' in value && ('name' in value || 'number' in value);

/** A text in both languages (`{ zh, en }` of plain strings): shown in the reader's language, not opened. */
const isBilingual = (value: Plain): boolean =>
  Object.keys(value).length > 0 && Object.entries(value).every(([key, text]) => (key === 'zh' || key === 'en') && (text === null || typeof text === 'string'));

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

/** The record's fields as paths to their values, nested parts opened (those shown whole stay one field). */
function leaves(value: unknown, prefix: string[], out: Map<string, { path: string[]; value: unknown }>): void {
  const record = isPlain(value) ? value : {};
  for (const [key, child] of Object.entries(record)) {
    if (IGNORED.has(key)) continue;
    // An id beside the name it stands for (`customerId`, `customerName`): the name says it.
    if (key.endsWith('Id') && `${key.slice(0, -2)}Name` in record) continue;
    const path = [...prefix, key];
    if (isPlain(child) && !isReference(child) && !isBilingual(child)) leaves(child, path, out);
    else out.set(path.join('.'), { path, value: child });
  }
}

export function changesOf(before: unknown, after: unknown): FieldChange[] {
  const hasBefore = before !== null && before !== undefined;
  const b = new Map<string, { path: string[]; value: unknown }>();
  const a = new Map<string, { path: string[]; value: unknown }>();
  leaves(before, [], b);
  leaves(after, [], a);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields
    .map((field) => ({ field, path: (a.get(field) ?? b.get(field))!.path, before: b.get(field)?.value, after: a.get(field)?.value }))
    .filter((change) =>
      hasBefore
        ? JSON.stringify(change.before ?? null) !== JSON.stringify(change.after ?? null)
        : // A new record: what it was given, without the empty fields and its own id.
          !(change.path.length === 1 && change.field === 'id') && !isEmpty(change.after),
    );
}

/** The paths of every field of a record the log can show, empty or not: what needs a label. */
export function recordFieldPaths(record: unknown): string[][] {
  const out = new Map<string, { path: string[]; value: unknown }>();
  leaves(record, [], out);
  return [...out.values()].map((leaf) => leaf.path);
}

export function fieldLabel(t: TFunction, path: string[] | string): string {
  const steps = typeof path === 'string' ? [path] : path;
  return steps.map((step) => t(`audit:fields.${step}`, { defaultValue: step })).join(t('audit:pathSeparator'));
}

/**
 * Where a coded value's words are, by record type (`*`: any) and field path, or `*.<name>` for a field of that name at
 * any depth; the value is the key under that prefix (`requests:states.in_progress`).
 */
export const VALUE_LABELS: Record<string, Record<string, string>> = {
  '*': {
    language: 'common:languageName',
    defaultLanguage: 'common:languageName',
    priority: 'requests:priorities',
    channel: 'requests:channels',
    warrantyStatus: 'equipment:warranty.status',
    lifecycle: 'equipment:lifecycle',
    modelStatus: 'equipment:modelStatus',
    'deadline.breach': 'audit:values.breach',
  },
  backup: { reason: 'backup:reasons' },
  request: { state: 'requests:states', heldState: 'requests:states', kind: 'requests:kinds' },
  complaint: { state: 'complaints:states', 'part1.route': 'complaints:routes' },
  question: { state: 'questions:states' },
  suggestion: { state: 'suggestions:states' },
  article: { state: 'knowledge:states' },
  customer: { '*.kind': 'customers:kinds' },
  department: { kind: 'departments:kinds' },
  document: { kind: 'documents:kinds' },
  equipment: { '*.status': 'equipment:modelStatus' },
  product_model: { status: 'equipment:modelStatus' },
  calendar_day: { '*.kind': 'calendar:legend', source: 'audit:values.calendarSource' },
  sla_policy: { '*.unit': 'calendar:sla.units' },
  stocktake: { state: 'stocktakes:states' },
  purchase_request: { state: 'purchases:states' },
  work_order: { state: 'workOrders:states', kind: 'workOrders:kinds', outcome: 'workOrders:outcomes' },
  replacement_notice: { state: 'replacements:states' },
  scrap_record: {
    state: 'scrap:states',
    itemKind: 'scrap:itemKinds',
    reason: 'scrap:reasons',
    conclusion: 'scrap:conclusions',
    proposedMethod: 'scrap:methods',
    approvedMethod: 'scrap:methods',
  },
};

/** The prefix of a coded value's words, or null for a field whose values are the user's own. */
export function valueLabelPrefix(entity: string, path: string[]): string | null {
  const field = path.join('.');
  const own = VALUE_LABELS[entity];
  return own?.[field] ?? own?.[`*.${path.at(-1)}`] ?? VALUE_LABELS['*']![field] ?? null;
}

export interface ValueFormat {
  dateTime: (ms: number) => string;
  bytes: (bytes: number) => string;
  /** The reader's language, for records named in both (a department's English name). */
  language: string;
}

/** Fields holding a moment though their names do not end in `At`. */
const MOMENTS = new Set(['lockedUntil', 'respondBy', 'analyseBy', 'planBy', 'onSiteBy', 'solveBy']);

function referenceText(value: Plain, format: ValueFormat): string {
  const name = format.language === 'en' && typeof value.nameEn === 'string' && value.nameEn ? value.nameEn : value.name;
  if (typeof name === 'string' && name) return name;
  const title = format.language === 'en' && typeof value.titleEn === 'string' && value.titleEn ? value.titleEn : value.title;
  return [value.number, title].filter((part) => typeof part === 'string' && part).join(' ');
}

export function valueText(t: TFunction, entity: string, path: string[], value: unknown, format: ValueFormat): string {
  const field = path.at(-1) ?? '';
  if (isEmpty(value)) return '—';
  if (typeof value === 'boolean') return t(value ? 'common:status.yes' : 'common:status.no');
  if (typeof value === 'number' && (field.endsWith('At') || MOMENTS.has(field))) return format.dateTime(value);
  if (typeof value === 'number' && field === 'sizeBytes') return format.bytes(value);
  const prefix = valueLabelPrefix(entity, path);
  if (prefix && typeof value === 'string') return t(`${prefix}.${value}`, { defaultValue: value });
  if (Array.isArray(value)) {
    const items = value.map((item) => {
      if (typeof item === 'string' && isRole(item)) return t(`common:roles.${item}`);
      if (isPlain(item)) return isReference(item) ? referenceText(item, format) : '';
      return String(item);
    });
    // Lines of a record's own (contacts, steps, renewals): how many, not their insides.
    if (items.some((item) => item === '')) return t('audit:entries', { count: value.length });
    return items.join(t('common:listSeparator'));
  }
  if (isPlain(value)) {
    if (isBilingual(value)) return String((format.language === 'en' ? value.en || value.zh : value.zh || value.en) ?? '—');
    return referenceText(value, format) || '—';
  }
  return String(value);
}

/** One line for the log's list: a few changes spelled out, many changes named. */
export function summaryOf(t: TFunction, entity: string, before: unknown, after: unknown, format: ValueFormat): string {
  const hasBefore = before !== null && before !== undefined;
  const changes = changesOf(before, after);
  const separator = t('common:listSeparator');
  if (changes.length > 2) return [...new Set(changes.map((change) => fieldLabel(t, change.path)))].join(separator);
  return changes
    .map((change) =>
      hasBefore
        ? t('audit:changeLine', {
            label: fieldLabel(t, change.path),
            before: valueText(t, entity, change.path, change.before, format),
            after: valueText(t, entity, change.path, change.after, format),
          })
        : t('audit:valueLine', { label: fieldLabel(t, change.path), value: valueText(t, entity, change.path, change.after, format) }),
    )
    .join(separator);
}
