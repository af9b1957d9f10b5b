// Owns the one writing connection, so a restore can swap the file underneath every caller.
import { existsSync, unlinkSync } from 'node:fs';
import { openDatabase, type Db, type DriverOptions } from './connection';

export class DatabaseHost {
  private connection: Db | null = null;

  constructor(
    readonly file: string,
    readonly driver: DriverOptions,
  ) {}

  get db(): Db {
    if (!this.connection) throw new Error('The database is closed');
    return this.connection;
  }

  get isOpen(): boolean {
    return this.connection !== null;
  }

  open(): Db {
    this.connection ??= openDatabase(this.file, this.driver);
    return this.connection;
  }

  close(): void {
    this.connection?.close();
    this.connection = null;
  }

  /** With the connection closed: removes the write-ahead log and its index so they are never replayed onto another file. */
  removeJournal(): void {
    if (this.connection) throw new Error('Close the database before removing its journal');
    for (const suffix of ['-wal', '-shm']) if (existsSync(this.file + suffix)) unlinkSync(this.file + suffix);
  }
}
