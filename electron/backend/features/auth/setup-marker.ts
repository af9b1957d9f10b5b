// A file in the data folder that says first-run setup was done. It outlives anything that happens to the database (a
// restore of an empty file, users deleted behind the console), so `auth.setup`, which makes whoever calls it an
// administrator, never opens again on a desk that had users, short of deleting the data folder by hand.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER_FILE = 'setup-done.json';

export function setupWasDone(dataDir: string): boolean {
  return existsSync(join(dataDir, MARKER_FILE));
}

export function markSetupDone(dataDir: string, at: number): void {
  if (setupWasDone(dataDir)) return;
  writeFileSync(join(dataDir, MARKER_FILE), `${JSON.stringify({ setupDoneAt: new Date(at).toISOString() })}\n`, { mode: 0o600 });
}
