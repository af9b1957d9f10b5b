// `npm start [-- --data-dir DIR] [--demo]`: the Electron app. Where Electron cannot run here (no binary and no way to
// download it, no better-sqlite3 for Electron, no display), one line says why and the browser mode starts instead,
// exactly as `npm run serve` would, with the same arguments.
import { spawn } from 'node:child_process';
import { buildElectron } from './lib/electron-build.mjs';
import { electronBinaryPath, electronVersion, fetchElectronBinary, PROJECT_ROOT } from './lib/electron-binary.mjs';
import { ensureElectronNative } from './lib/electron-native.mjs';
import { ensureRendererBuilt } from './lib/renderer-build.mjs';

process.chdir(PROJECT_ROOT);
const args = process.argv.slice(2);

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode(why) {
  console.log(`${why}; starting the browser mode instead.`);
  run(process.execPath, ['scripts/serve.mjs', ...args]);
}

/** Electron needs a screen; on a Linux machine without one, say so rather than crash. */
function missingDisplay() {
  if (process.platform !== 'linux') return null;
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? null : 'There is no display here (DISPLAY is not set)';
}

async function main() {
  let binary = electronBinaryPath();
  if (!binary) {
    // Stay quiet when the attempt fails fast (as it does offline); speak up if it takes a while.
    const slow = setTimeout(() => console.log('Downloading the Electron binary (once)…'), 3000);
    const fetched = await fetchElectronBinary({ timeoutMs: 60_000 });
    clearTimeout(slow);
    binary = electronBinaryPath();
    if (!fetched.ok || !binary) {
      startBrowserMode(`Electron could not be downloaded here (${fetched.reason ?? 'no binary after download'})`);
      return;
    }
    console.log(`Electron ${electronVersion()} downloaded.`);
  }
  const noDisplay = missingDisplay();
  if (noDisplay) {
    startBrowserMode(noDisplay);
    return;
  }

  await ensureRendererBuilt();
  await buildElectron({ quiet: true });
  // Offline this fails within seconds: then the one line below is all that is said. Online a compile takes a minute.
  const slowBuild = setTimeout(() => console.log('Building better-sqlite3 for Electron (once; about a minute)…'), 8000);
  const native = await ensureElectronNative({ electronVersion: electronVersion(), electronBinary: binary });
  clearTimeout(slowBuild);
  if (!native.ok) {
    startBrowserMode(`better-sqlite3 could not be built for Electron here (${native.reason})`);
    return;
  }

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const electronArgs = ['.', ...args];
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    // Chromium refuses to run its sandbox as root; the page keeps Electron's renderer sandbox either way.
    console.log('Running as root: starting Electron with --no-sandbox.');
    electronArgs.push('--no-sandbox');
  }
  run(binary, electronArgs, env);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
