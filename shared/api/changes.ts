// What each write's success changes: the reads whose answers may differ afterwards. The renderer refreshes exactly
// these after a write succeeds (renderer/src/lib/queries.ts); the type makes every write declare its changes and
// names only reads of the contract.
import type { ReadMethodName, WriteMethodName } from './index';

type Reads = readonly ReadMethodName[];

/** Who is signed in (`auth.me`) the renderer's session takes from the call's own answer; the status reads again. */
const SESSION = ['auth.status', 'sessions.list'] as const satisfies Reads;
const PEOPLE = ['users.list', 'users.directory'] as const satisfies Reads;
const DEPARTMENTS = ['departments.list', 'users.list', 'users.directory'] as const satisfies Reads;
/** The customer archive: customers, their sites, equipment, documents and their timelines. */
const ARCHIVE = [
  'customers.search',
  'customers.list',
  'customers.regions',
  'customers.get',
  'customers.findDuplicates',
  'customers.timeline',
  'equipment.models',
  'equipment.modelCustomers',
  'documents.list',
  'export.customers',
] as const satisfies Reads;
const CALENDAR = ['calendar.get', 'calendar.addWorkingDays', 'requests.board', 'requests.reminders', 'complaints.due'] as const satisfies Reads;
/** A request shows on its page, in the lists and the board, and in its customer's repair archive. */
const REQUESTS = [
  'requests.get',
  'requests.list',
  'requests.search',
  'requests.board',
  'requests.reminders',
  'customers.timeline',
] as const satisfies Reads;
const KNOWLEDGE = [
  'knowledge.search',
  'knowledge.list',
  'knowledge.tags',
  'knowledge.get',
  'knowledge.history',
  'knowledge.usedBy',
  'questions.get',
  'questions.list',
] as const satisfies Reads;
/** A routed record shows on its page and list, on the request it came from and in the customer's archive. */
const QUESTIONS = ['questions.get', 'questions.list', 'knowledge.get', 'requests.get', 'customers.timeline'] as const satisfies Reads;
const SUGGESTIONS = ['suggestions.get', 'suggestions.list', 'requests.get', 'customers.timeline'] as const satisfies Reads;
/** A form's steps move the request it was filled from (shared/complaints/request-progress.ts): the request's reads too. */
const COMPLAINTS = ['complaints.get', 'complaints.list', 'complaints.due', 'complaints.register', ...REQUESTS] as const satisfies Reads;

/** The store: a part's page and lists, and every movement's stock. */
const STORE = [
  'parts.get',
  'parts.search',
  'parts.byCode',
  'parts.list',
  'parts.lowStock',
  'parts.bins',
  'parts.summaries',
  'stock.balance',
  'stock.history',
  'stock.valuation',
  // A count sheet being counted says what moved since it was made.
  'stocktakes.get',
] as const satisfies Reads;
/** A count sheet shows in its list and page; posting one moves the stock of its parts. */
const STOCKTAKES = ['stocktakes.get', 'stocktakes.list'] as const satisfies Reads;
/** A purchase request shows on its page, in the list and on the home page of clerks and managers. */
const PURCHASES = ['purchases.get', 'purchases.list', 'purchases.waiting'] as const satisfies Reads;
/** A work order shows on its page, the technicians' lists, the board, its request's page and in the repair archive. */
const WORK_ORDERS = ['workOrders.get', 'workOrders.forRequest', 'workOrders.mine', 'workOrders.board', 'customers.timeline'] as const satisfies Reads;
/** Arrival and completion write the request's on-site and solved times: its deadlines and the board follow. */
const WORK_ORDER_VISIT = [...WORK_ORDERS, ...REQUESTS] as const satisfies Reads;
const MAINTENANCE = ['maintenance.plans', 'maintenance.forCustomer', 'customers.get'] as const satisfies Reads;
/** A notice shows on its page and list, on its work order and in the archive; its spare moves the store's stock. */
const REPLACEMENTS = ['replacements.get', 'replacements.list', 'workOrders.get', 'customers.timeline', 'customers.get'] as const satisfies Reads;
const SCRAP = ['scrap.get', 'scrap.list', 'replacements.get', 'workOrders.get', 'customers.timeline', 'customers.get'] as const satisfies Reads;

export const CHANGES = {
  'auth.setup': SESSION,
  'auth.login': SESSION,
  'auth.logout': SESSION,
  'sessions.end': ['sessions.list'],
  'auth.changePassword': SESSION,
  'auth.setLanguage': SESSION,
  'users.create': PEOPLE,
  'users.update': PEOPLE,
  'users.resetPassword': PEOPLE,
  'departments.create': DEPARTMENTS,
  'departments.update': DEPARTMENTS,
  'settings.update': ['settings.get', 'system.status', ...SESSION],
  'backup.create': ['backup.list', 'system.status'],
  // A restore ends every session: the renderer goes back to sign-in and forgets what it had read.
  'backup.restore': ['backup.list', 'system.status'],
  'customers.create': ARCHIVE,
  'customers.update': ARCHIVE,
  'customers.merge': [...ARCHIVE, ...REQUESTS],
  'customers.addSite': ARCHIVE,
  'customers.updateSite': ARCHIVE,
  'equipment.create': ARCHIVE,
  'equipment.update': ARCHIVE,
  'equipment.renewWarranty': ARCHIVE,
  'equipment.setModelStatus': ARCHIVE,
  'documents.add': ARCHIVE,
  'import.commit': [...ARCHIVE, 'import.progress'],
  'import.commitParts': [...STORE, 'import.progress'],
  'calendar.setDay': CALENDAR,
  'calendar.resetDay': CALENDAR,
  'sla.updatePolicy': ['sla.getPolicy', 'sla.history', 'requests.board', 'requests.reminders'],
  'requests.create': [...REQUESTS, 'knowledge.get', 'knowledge.usedBy'],
  'requests.update': [...REQUESTS, 'knowledge.get', 'knowledge.usedBy'],
  'requests.transition': REQUESTS,
  'requests.recordArrival': REQUESTS,
  'requests.addNote': REQUESTS,
  'requests.addProgress': REQUESTS,
  'requests.confirm': REQUESTS,
  'knowledge.create': KNOWLEDGE,
  'knowledge.update': KNOWLEDGE,
  'knowledge.publish': KNOWLEDGE,
  'knowledge.unpublish': KNOWLEDGE,
  'knowledge.recordUse': [...KNOWLEDGE, 'requests.get'],
  'questions.create': QUESTIONS,
  'questions.answer': QUESTIONS,
  'questions.reply': QUESTIONS,
  'questions.close': [...QUESTIONS, 'knowledge.usedBy'],
  'questions.closeWithoutArticle': QUESTIONS,
  'suggestions.create': SUGGESTIONS,
  'suggestions.forward': SUGGESTIONS,
  'suggestions.answer': SUGGESTIONS,
  'suggestions.close': SUGGESTIONS,
  'complaints.create': COMPLAINTS,
  'complaints.review': COMPLAINTS,
  'complaints.resubmit': COMPLAINTS,
  'complaints.route': COMPLAINTS,
  'complaints.recordResult': COMPLAINTS,
  'complaints.sign': COMPLAINTS,
  'complaints.send': COMPLAINTS,
  'complaints.recordOpinion': COMPLAINTS,
  'complaints.assignReply': COMPLAINTS,
  'complaints.recordReply': COMPLAINTS,
  'complaints.file': COMPLAINTS,
  'complaints.closeRequest': COMPLAINTS,
  'complaints.returnForCorrection': COMPLAINTS,
  'parts.create': [...STORE, 'equipment.models'],
  'parts.update': [...STORE, 'equipment.models'],
  'stock.receive': STORE,
  'stock.issue': STORE,
  'stock.returnToStock': STORE,
  'stock.adjust': STORE,
  'stocktakes.create': STOCKTAKES,
  'stocktakes.count': STOCKTAKES,
  'stocktakes.post': ['stocktakes.list', ...STORE],
  'stocktakes.cancel': STOCKTAKES,
  // A reversed receipt of a purchase request re-opens its line.
  'stock.reverse': [...STORE, ...PURCHASES],
  'purchases.create': PURCHASES,
  'purchases.update': PURCHASES,
  'purchases.submit': PURCHASES,
  'purchases.approve': PURCHASES,
  'purchases.reject': PURCHASES,
  // Each line of a receipt is a receipt movement: the parts' stock moves.
  'purchases.receive': [...PURCHASES, ...STORE],
  'purchases.closeShort': PURCHASES,
  'workOrders.create': [...WORK_ORDERS, 'requests.get'],
  'workOrders.update': WORK_ORDERS,
  'workOrders.dispatch': WORK_ORDERS,
  'workOrders.arrive': WORK_ORDER_VISIT,
  'workOrders.recordParts': [...WORK_ORDERS, ...STORE],
  'workOrders.complete': WORK_ORDER_VISIT,
  'workOrders.signOff': WORK_ORDER_VISIT,
  'workOrders.cancel': WORK_ORDERS,
  'maintenance.createPlan': MAINTENANCE,
  'maintenance.updatePlan': MAINTENANCE,
  'maintenance.setMaintainer': MAINTENANCE,
  'maintenance.createDue': [...MAINTENANCE, ...WORK_ORDERS],
  'replacements.create': [...REPLACEMENTS, ...STORE],
  'replacements.sendToFactory': REPLACEMENTS,
  'replacements.passTest': REPLACEMENTS,
  'replacements.reinstall': [...REPLACEMENTS, ...STORE],
  'replacements.recover': REPLACEMENTS,
  'replacements.failRepair': [...REPLACEMENTS, ...SCRAP],
  'replacements.formallyReplace': REPLACEMENTS,
  'replacements.close': REPLACEMENTS,
  'scrap.create': SCRAP,
  'scrap.update': SCRAP,
  'scrap.startAppraisal': SCRAP,
  'scrap.conclude': SCRAP,
  'scrap.approve': SCRAP,
  'scrap.reject': SCRAP,
  'scrap.dispose': [...SCRAP, ...STORE],
} as const satisfies Record<WriteMethodName, Reads>;

/** The reads to refresh after `method` succeeded: none for a read. */
export function changedBy(method: string): Reads {
  return (CHANGES as Partial<Record<string, Reads>>)[method] ?? [];
}
