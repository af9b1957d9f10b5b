// The audit key: 32 random bytes that seal the audit chain and every record, kept outside the database (in the data
// folder, readable by its owner only, and encrypted with the operating system's keychain where the desktop app has
// Electron's safeStorage). Whoever can edit the database file but not read this key cannot forge a seal.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const AUDIT_KEY_FILE = 'audit.key';

/** How the key is kept at rest: the desktop app passes Electron's safeStorage; the browser mode keeps it plain. */
export interface KeyProtection {
  name: 'safeStorage';
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export interface AuditKey {
  readonly bytes: Buffer;
  /** A short fingerprint that names the key in each sealed row, never the key itself. */
  readonly id: string;
}

interface KeyFile {
  version: 1;
  protection: 'none' | 'safeStorage';
  key: string;
}

export class AuditKeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditKeyUnavailableError';
  }
}

function keyOf(bytes: Buffer): AuditKey {
  return { bytes, id: createHash('sha256').update('aftersales audit key id\u0000').update(bytes).digest('hex').slice(0, 16) };
}

function writeKeyFile(path: string, bytes: Buffer, protection: KeyProtection | undefined): void {
  const file: KeyFile = protection
    ? { version: 1, protection: 'safeStorage', key: protection.encrypt(bytes).toString('base64') }
    : { version: 1, protection: 'none', key: bytes.toString('base64') };
  const unfinished = `${path}.new`;
  writeFileSync(unfinished, `${JSON.stringify(file)}\n`, { mode: 0o600 });
  chmodSync(unfinished, 0o600); // the mode of writeFileSync is only used when it creates the file
  renameSync(unfinished, path);
}

/**
 * The data folder's audit key, made on first use. `created` tells the caller the folder had none, which is when an
 * archive may be sealed for the first time. A key kept plain is moved under the protection when one is given.
 */
export function loadAuditKey(dataDir: string, protection?: KeyProtection): { key: AuditKey; created: boolean } {
  const path = join(dataDir, AUDIT_KEY_FILE);
  if (!existsSync(path)) {
    const bytes = randomBytes(32);
    writeKeyFile(path, bytes, protection);
    return { key: keyOf(bytes), created: true };
  }
  let file: KeyFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  } catch (error) {
    throw new AuditKeyUnavailableError(`The audit key ${path} cannot be read: ${(error as Error).message}`);
  }
  if (file.protection === 'safeStorage') {
    if (!protection) {
      throw new AuditKeyUnavailableError(
        `The audit key of this data folder is protected by the desktop app's keychain (${path}); open the folder with the desktop app.`,
      );
    }
    return { key: keyOf(protection.decrypt(Buffer.from(file.key, 'base64'))), created: false };
  }
  const bytes = Buffer.from(file.key, 'base64');
  if (bytes.length !== 32) throw new AuditKeyUnavailableError(`The audit key ${path} is not a key`);
  if (protection) writeKeyFile(path, bytes, protection);
  return { key: keyOf(bytes), created: false };
}

/** HMAC-SHA256 of the text under the key, hex. */
export function macOf(key: AuditKey, text: string | Buffer): string {
  return createHmac('sha256', key.bytes).update(text).digest('hex');
}
