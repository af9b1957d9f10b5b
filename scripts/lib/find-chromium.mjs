// Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, Playwright's own download, or the system's.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own on this machine.
  }
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
