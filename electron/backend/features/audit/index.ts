// The audit trail as a service other features are handed (backups stamp its head, imports audit their rows).
export type { AuditTrail, StampedHead } from './trail';
