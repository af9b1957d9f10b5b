// What a desktop app remembers of its place in the center (the LAN issue), in `desk.json` of its data folder: the host
// it works on (pinned), or, on its own archive, whether it serves the center as its host.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_HOST_PORT, type HostPin } from './pin';

export interface DeskSettings {
  /** The center's host this desk works on; null: this computer's own archive. */
  host: HostPin | null;
  /** On its own archive: serve it to the center's desks, on this port. */
  hosting: { serving: boolean; port: number };
}

const DEFAULT_DESK_SETTINGS: DeskSettings = { host: null, hosting: { serving: false, port: DEFAULT_HOST_PORT } };

const fileOf = (dataDir: string) => join(dataDir, 'desk.json');

const isPort = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535;

function readPin(value: unknown): HostPin | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, port, fingerprint, certificate } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !isPort(port) || typeof fingerprint !== 'string' || typeof certificate !== 'string') return null;
  return { name, port, fingerprint, certificate };
}

/** The settings kept, or the defaults when there are none; a file that does not read is reported and not used. */
export function readDeskSettings(dataDir: string): DeskSettings {
  if (!existsSync(fileOf(dataDir))) return DEFAULT_DESK_SETTINGS;
  try {
    const kept = JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as Record<string, unknown>;
    const hosting = (kept.hosting ?? {}) as Record<string, unknown>;
    return {
      host: readPin(kept.host),
      hosting: { serving: hosting.serving === true, port: isPort(hosting.port) ? hosting.port : DEFAULT_HOST_PORT },
    };
  } catch (error) {
    console.error(`[desk] ${fileOf(dataDir)} cannot be read; working on this computer's archive:`, error);
    return DEFAULT_DESK_SETTINGS;
  }
}

/** Changes part of the settings and keeps the rest; the file is written whole or not at all. */
export function changeDeskSettings(dataDir: string, change: Partial<DeskSettings>): void {
  const path = fileOf(dataDir);
  writeFileSync(`${path}.tmp`, `${JSON.stringify({ ...readDeskSettings(dataDir), ...change }, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}
