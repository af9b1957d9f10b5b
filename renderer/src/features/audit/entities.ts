// The record types the log's filter offers: every kind the back end writes (the shared list its audit rows are typed
// with; labels.test.ts checks it against what the back end really writes).
import { AUDIT_ENTITIES, type AuditEntity } from '../../../../shared/api';

export const AUDIT_ENTITY_FILTER: readonly AuditEntity[] = AUDIT_ENTITIES;
