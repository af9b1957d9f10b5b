// The ordered list of schema migrations; a migration's number is the `user_version` it leaves behind.
import type { Db } from '../connection';
import * as foundation from './001-foundation';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db, now: number) => void;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'foundation', up: foundation.up }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
