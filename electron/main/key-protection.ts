// The audit key kept under the operating system's keychain (Electron's safeStorage: DPAPI on Windows, the Keychain on
// macOS, libsecret or KWallet on Linux). Where Linux has no keychain, safeStorage falls back to a fixed password
// ('basic_text'), which protects nothing: the key then stays in its owner-only file as the browser mode keeps it.
import { safeStorage } from 'electron';
import type { KeyProtection } from '../backend/features/audit/key';

/** Call after the app is ready (safeStorage answers only then). */
export function keychainProtection(platform: NodeJS.Platform = process.platform): KeyProtection | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    name: 'safeStorage',
    // The key is text to safeStorage: its base64.
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
