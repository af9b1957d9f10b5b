import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/fixture';
import { AUDIT_KEY_FILE, AuditKeyUnavailableError, loadAuditKey, type KeyProtection } from './key';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = makeTempDir('aftersales-key-');
  folders.push(dir);
  return dir;
}

/** A stand-in for Electron's safeStorage: reversible, and never the plain bytes. */
const fakeKeychain: KeyProtection = {
  name: 'safeStorage',
  encrypt: (plain) => Buffer.concat([Buffer.from('sealed:'), Buffer.from(plain.map((b) => b ^ 0xa5))]),
  decrypt: (sealed) => Buffer.from(sealed.subarray('sealed:'.length).map((b) => b ^ 0xa5)),
};

describe('the audit key', () => {
  it('is made once per data folder, owner-only, and the same key is read back', () => {
    const dir = folder();
    const first = loadAuditKey(dir);
    expect(first.created).toBe(true);
    expect(first.key.bytes).toHaveLength(32);
    expect(statSync(join(dir, AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
    const again = loadAuditKey(dir);
    expect(again.created).toBe(false);
    expect(again.key.bytes.equals(first.key.bytes)).toBe(true);
    expect(again.key.id).toBe(first.key.id);
    expect(loadAuditKey(folder()).key.id).not.toBe(first.key.id);
  });

  it("is kept under the keychain where the desktop app has one, and a plain key moves under it", () => {
    const dir = folder();
    const plain = loadAuditKey(dir).key;
    const protectedKey = loadAuditKey(dir, fakeKeychain).key;
    expect(protectedKey.bytes.equals(plain.bytes)).toBe(true);
    const file = readFileSync(join(dir, AUDIT_KEY_FILE), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ protection: 'safeStorage' });
    expect(file).not.toContain(plain.bytes.toString('base64'));
    expect(loadAuditKey(dir, fakeKeychain).key.bytes.equals(plain.bytes)).toBe(true);
    // Without the keychain (the browser mode on the desktop app's folder) it says so instead of making a new key.
    expect(() => loadAuditKey(dir)).toThrow(AuditKeyUnavailableError);
    expect(() => loadAuditKey(dir)).toThrow(/open the folder with the desktop app/);
  });
});
