// Renders resources/icon.svg to the 1024×1024 resources/icon.png that electron-builder turns into .ico/.icns/.png.
// Run by hand after changing the SVG: `node scripts/lib/electron-icon.mjs` (needs a Chromium, e.g. Debian's).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from './electron-binary.mjs';
import { findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found (set CHROMIUM_PATH or install Debian’s chromium).');
  process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'aftersales-icon-'));
const result = spawnSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    `--user-data-dir=${profile}`,
    '--hide-scrollbars',
    '--default-background-color=00000000',
    '--window-size=1024,1024',
    `--screenshot=${join(PROJECT_ROOT, 'resources', 'icon.png')}`,
    pathToFileURL(join(PROJECT_ROOT, 'resources', 'icon.svg')).href,
  ],
  { stdio: 'inherit', timeout: 60_000 },
);
rmSync(profile, { recursive: true, force: true });
process.exit(result.status ?? 1);
