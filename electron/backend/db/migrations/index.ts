// The ordered list of schema migrations; a migration's number is the `user_version` it leaves behind.
import type { Db } from '../connection';
import * as foundation from './001-foundation';
import * as customers from './002-customers';
import * as calendar from './003-calendar';
import * as requests from './004-requests';
import * as knowledge from './005-knowledge';
import * as complaints from './006-complaints';
import * as customerNameOrder from './007-customer-name-order';
import * as applicationId from './008-application-id';
import * as auditSeals from './009-audit-seals';
import * as userSessionKeys from './010-user-session-keys';
import * as phoneExtensions from './011-phone-extensions';
import * as spareParts from './012-spare-parts';
import * as fieldWork from './013-field-work';
import * as deskSessions from './014-desk-sessions';
import * as writeReceipts from './015-write-receipts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db, now: number) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', up: foundation.up },
  { version: 2, name: 'customers', up: customers.up },
  { version: 3, name: 'calendar', up: calendar.up },
  { version: 4, name: 'requests', up: requests.up },
  { version: 5, name: 'knowledge', up: knowledge.up },
  { version: 6, name: 'complaints', up: complaints.up },
  { version: 7, name: 'customer name order', up: customerNameOrder.up },
  { version: 8, name: 'application id', up: applicationId.up },
  { version: 9, name: 'audit seals', up: auditSeals.up },
  { version: 10, name: 'user session keys', up: userSessionKeys.up },
  { version: 11, name: 'phone extensions', up: phoneExtensions.up },
  { version: 12, name: 'spare parts', up: spareParts.up },
  { version: 13, name: 'field work', up: fieldWork.up },
  { version: 14, name: 'desk sessions', up: deskSessions.up },
  { version: 15, name: 'write receipts', up: writeReceipts.up },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
