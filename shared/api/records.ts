// Which record a write changes in place: the kind of record its input's `id` names (in the audit log's words). A change
// notice carries that record (shared/live.ts), so a desk with the same record's form open can say who changed it before
// its own save meets the version check. Every write that names a record and the version it read is declared here
// (shared/api/contract.test.ts checks it); a write that creates records, or names none by `id`, is not.
import type { AuditEntity } from './audit';
import type { WriteMethodName } from './index';

/** The kinds of record a desk edits against a version read. */
export type RecordKind = Extract<
  AuditEntity,
  | 'user'
  | 'department'
  | 'customer'
  | 'site'
  | 'equipment'
  | 'product_model'
  | 'request'
  | 'article'
  | 'question'
  | 'suggestion'
  | 'complaint'
  | 'part'
  | 'stocktake'
  | 'purchase_request'
  | 'work_order'
  | 'maintenance_plan'
  | 'replacement_notice'
  | 'scrap_record'
>;

/** Steps of one kind's workflow all change the record they name. */
const each = <const M extends WriteMethodName>(kind: RecordKind, methods: readonly M[]) =>
  Object.fromEntries(methods.map((method) => [method, kind])) as Record<M, RecordKind>;

export const RECORD_CHANGED_BY = {
  ...each('user', ['users.update', 'users.resetPassword']),
  'departments.update': 'department',
  'customers.update': 'customer',
  'customers.updateSite': 'site',
  ...each('equipment', ['equipment.update', 'equipment.renewWarranty']),
  'equipment.setModelStatus': 'product_model',
  // A progress message moves the request's version (its response time); a note leaves the request as it was.
  ...each('request', ['requests.update', 'requests.transition', 'requests.recordArrival', 'requests.addProgress', 'requests.confirm']),
  ...each('article', ['knowledge.update', 'knowledge.publish', 'knowledge.unpublish']),
  ...each('question', ['questions.answer', 'questions.reply', 'questions.close', 'questions.closeWithoutArticle']),
  ...each('suggestion', ['suggestions.forward', 'suggestions.answer', 'suggestions.close']),
  ...each('complaint', [
    'complaints.review',
    'complaints.resubmit',
    'complaints.route',
    'complaints.recordResult',
    'complaints.sign',
    'complaints.send',
    'complaints.recordOpinion',
    'complaints.assignReply',
    'complaints.recordReply',
    'complaints.file',
    'complaints.returnForCorrection',
  ]),
  'parts.update': 'part',
  ...each('stocktake', ['stocktakes.count', 'stocktakes.post', 'stocktakes.cancel']),
  ...each('purchase_request', ['purchases.update', 'purchases.submit', 'purchases.approve', 'purchases.reject', 'purchases.receive', 'purchases.closeShort']),
  ...each('work_order', [
    'workOrders.update',
    'workOrders.dispatch',
    'workOrders.arrive',
    'workOrders.recordParts',
    'workOrders.complete',
    'workOrders.signOff',
    'workOrders.cancel',
  ]),
  'maintenance.updatePlan': 'maintenance_plan',
  ...each('replacement_notice', [
    'replacements.sendToFactory',
    'replacements.passTest',
    'replacements.reinstall',
    'replacements.recover',
    'replacements.failRepair',
    'replacements.formallyReplace',
    'replacements.close',
  ]),
  ...each('scrap_record', ['scrap.update', 'scrap.startAppraisal', 'scrap.conclude', 'scrap.approve', 'scrap.reject', 'scrap.dispose']),
} as const satisfies Partial<Record<WriteMethodName, RecordKind>>;

/** One record a write changed: its kind, id, and the version it has now (null when the write's answer does not say). */
export interface ChangedRecord {
  kind: RecordKind;
  id: number;
  version: number | null;
}

const numberAt = (value: unknown, key: string): number | null => {
  const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'number' && Number.isSafeInteger(field) ? field : null;
};

/**
 * The record a write's input names: the kind its method changes, the `id`, and the `version` it read (null when it
 * names none); null for a write that changes no record by `id`.
 */
export function recordNamedBy(method: string, input: unknown): ChangedRecord | null {
  const kind = (RECORD_CHANGED_BY as Partial<Record<string, RecordKind>>)[method];
  const id = numberAt(input, 'id');
  if (kind === undefined || id === null) return null;
  return { kind, id, version: numberAt(input, 'version') };
}

/**
 * The record a successful write changed, from its input (the id it named) and its answer (the record as saved, when it
 * is that record): null for a write that changes no record by `id`.
 */
export function changedRecordOf(method: string, input: unknown, answer: unknown): ChangedRecord | null {
  const named = recordNamedBy(method, input);
  if (!named) return null;
  return { ...named, version: numberAt(answer, 'id') === named.id ? numberAt(answer, 'version') : null };
}
