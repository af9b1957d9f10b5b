// The whole API contract: every method of every domain, joined into one map.
import type { z } from 'zod';
import { auditApi } from './audit';
import { authApi } from './auth';
import { backupApi } from './backup';
import { departmentsApi } from './departments';
import { settingsApi } from './settings';
import { systemApi } from './system';
import { usersApi } from './users';
import { sessionsApi } from './sessions';
import { customersApi } from './customers';
import { equipmentApi } from './equipment';
import { documentsApi } from './documents';
import { importApi } from './import';
import { exportApi } from './export';
import { calendarApi, slaApi } from './calendar';
import { requestsApi } from './requests';
import { knowledgeApi } from './knowledge';
import { questionsApi } from './questions';
import { suggestionsApi } from './suggestions';
import { complaintsApi } from './complaints';
import { partsApi } from './parts';
import { stockApi } from './stock';
import { stocktakesApi } from './stocktakes';
import { purchasesApi } from './purchases';
import { workOrdersApi } from './workOrders';
import { maintenanceApi } from './maintenance';
import { replacementsApi } from './replacements';
import { scrapApi } from './scrap';
import type { MethodSpec } from './define';

/**
 * Each domain of the contract under its prefix: every method of `customersApi` is named `customers.<verb>`, so no two
 * domains can declare the same name (shared/api/contract.test.ts checks it; a spread would let the later one win).
 */
export const DOMAINS = {
  auth: authApi,
  users: usersApi,
  sessions: sessionsApi,
  departments: departmentsApi,
  settings: settingsApi,
  audit: auditApi,
  backup: backupApi,
  system: systemApi,
  customers: customersApi,
  equipment: equipmentApi,
  documents: documentsApi,
  import: importApi,
  export: exportApi,
  calendar: calendarApi,
  sla: slaApi,
  requests: requestsApi,
  knowledge: knowledgeApi,
  questions: questionsApi,
  suggestions: suggestionsApi,
  complaints: complaintsApi,
  parts: partsApi,
  stock: stockApi,
  stocktakes: stocktakesApi,
  purchases: purchasesApi,
  workOrders: workOrdersApi,
  maintenance: maintenanceApi,
  replacements: replacementsApi,
  scrap: scrapApi,
};

type Domains = typeof DOMAINS;
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type JoinedApi = UnionToIntersection<Domains[keyof Domains]>;

/** Every domain's methods in one map; throws on a name declared twice, so a clash fails at start, not silently. */
export function joinDomains(domains: Domains): JoinedApi {
  const joined: Record<string, unknown> = {};
  for (const methods of Object.values(domains)) {
    for (const [name, spec] of Object.entries(methods)) {
      if (name in joined) throw new Error(`The method ${name} is declared by two domains of the contract`);
      joined[name] = spec;
    }
  }
  return joined as JoinedApi;
}

export const api = joinDomains(DOMAINS);

export type Api = typeof api;
export type MethodName = keyof Api;
export type ApiInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ApiParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type ApiOutput<M extends MethodName> = Api[M] extends MethodSpec<z.ZodType, infer O> ? O : never;
export type WriteMethodName = { [M in MethodName]: Api[M]['kind'] extends 'write' ? M : never }[MethodName];
export type ReadMethodName = Exclude<MethodName, WriteMethodName>;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export * from './envelope';
export * from './roles';
export * from './common';
export type { Access, MethodKind, MethodSpec } from './define';
export { CHANGES, changedBy } from './changes';
export { RECORD_CHANGED_BY, changedRecordOf, recordNamedBy } from './records';
export type { RecordKind } from './records';
export { mayCall } from './define';
export type { Me, AuthStatus } from './auth';
export type { User } from './users';
export type { Department, DepartmentKind } from './departments';
export { DEPARTMENT_KINDS } from './departments';
export type { CenterSettings } from './settings';
export type { AuditEntity, AuditEntry, AuditProblem, AuditVerification } from './audit';
export { AUDIT_ENTITIES, AUDIT_PAGE_SIZE_MAX, AUDIT_PROBLEM_KINDS } from './audit';
export type { BackupInfo, BackupReason } from './backup';
export type { SystemStatus, IntegrityState, IntegrityReport, LedgerMismatch } from './system';
export type { Customer, CustomerSummary, CustomerPage, Contact, Phone, TimelineEvent, DuplicateCandidate, CustomerKind, MatchKind } from './customers';
export { CUSTOMER_KINDS, CUSTOMER_SORTS } from './customers';
export type { Equipment, Site, ProductModel, WarrantyRenewal, HandoverDocument, DocumentKind, LifecycleState, ModelStatus } from './equipment';
export { DOCUMENT_KINDS, REQUIRED_DOCUMENT_KINDS, LIFECYCLE_STATES, MODEL_STATUSES } from './equipment';
export type { ImportField, ImportMapping, ImportPreview, ImportProgress, ImportRowProblem } from './import';
export { IMPORT_FIELDS } from './import';
export { EXPORT_FORMATS } from './export';
