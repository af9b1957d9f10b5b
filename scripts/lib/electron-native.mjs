// better-sqlite3 built for Electron's ABI, kept in .electron-native/ apart from node_modules/better-sqlite3 (which
// stays built for Node, so `npm test` keeps working). The copy is built in a scratch folder, never in place.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { PROJECT_ROOT, runLimited } from './electron-binary.mjs';

export const NATIVE_DIR = join(PROJECT_ROOT, '.electron-native');
/** What the Electron app loads in development (electron/main/locations.ts looks here). */
export const DEV_BINDING = join(NATIVE_DIR, 'better_sqlite3.node');
const SOURCE = join(PROJECT_ROOT, 'node_modules', 'better-sqlite3');

/** Where a packaged build for another platform keeps its binding; electron-builder.yml maps it into the app. */
export function packagingBinding(os, arch) {
  return join(NATIVE_DIR, 'package', `${os}-${arch}`, 'better_sqlite3.node');
}

function betterSqliteVersion() {
  return JSON.parse(readFileSync(join(SOURCE, 'package.json'), 'utf8')).version;
}

function readStamp(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The environment for the build tools, without the npm settings that would point node-gyp at Node's headers. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|arch)$/i.test(key)) delete env[key];
  return env;
}

function copySources(workDir) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(dirname(workDir), { recursive: true });
  cpSync(SOURCE, workDir, {
    recursive: true,
    filter: (path) => {
      const inside = relative(SOURCE, path);
      return !(inside === 'build' || inside.startsWith(`build${sep}`) || inside.startsWith(`node_modules${sep}`));
    },
  });
}

/**
 * Makes sure `out` holds better-sqlite3 for Electron `electronVersion` on platform/arch: a prebuilt binary from
 * better-sqlite3's releases (prebuild-install), else a compile against Electron's headers (node-gyp, same platform
 * only). Both need the network. Resolves { ok, how, reason }.
 */
export async function ensureElectronNative({
  electronVersion,
  platform = process.platform,
  arch = process.arch,
  out = DEV_BINDING,
  electronBinary = null,
  log = () => {},
}) {
  const stampFile = `${out}.json`;
  const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: betterSqliteVersion(), platform, arch });
  if (existsSync(out) && readStamp(stampFile) === stamp) return { ok: true, how: 'already built', reason: null };

  const workDir = join(NATIVE_DIR, 'work', `${platform}-${arch}`, 'better-sqlite3');
  copySources(workDir);
  const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  const env = buildEnv();
  const tools = join(PROJECT_ROOT, 'node_modules');

  log('Fetching better-sqlite3 prebuilt for Electron…');
  const prebuilt = await runLimited(
    process.execPath,
    [join(tools, 'prebuild-install', 'bin.js'), '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`],
    { cwd: workDir, env, timeoutMs: 60_000 },
  );
  let how = 'prebuilt';
  const reason = prebuilt.reason;
  if (!prebuilt.ok || !existsSync(built)) {
    if (platform !== process.platform) {
      rmSync(workDir, { recursive: true, force: true });
      return { ok: false, how: null, reason: `no prebuilt binary (${reason})` };
    }
    log('No prebuilt binary; compiling better-sqlite3 against Electron’s headers (node-gyp, about a minute)…');
    const compiled = await runLimited(
      process.execPath,
      [
        join(tools, 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
        `--devdir=${join(NATIVE_DIR, 'gyp')}`,
      ],
      { cwd: workDir, env, timeoutMs: 10 * 60_000 },
    );
    if (!compiled.ok || !existsSync(built)) {
      rmSync(workDir, { recursive: true, force: true });
      return { ok: false, how: null, reason: `prebuilt: ${reason}; compile: ${compiled.reason ?? 'no output file'}` };
    }
    how = 'compiled';
  }

  if (electronBinary && platform === process.platform && arch === process.arch) {
    // Load it in Electron's own Node to prove the ABI matches before anything relies on it.
    const check = await runLimited(electronBinary, ['-e', `require(${JSON.stringify(built)})`], {
      env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
      timeoutMs: 30_000,
    });
    if (!check.ok) return { ok: false, how: null, reason: `the ${how} binary does not load in Electron (${check.reason})` };
  }
  mkdirSync(dirname(out), { recursive: true });
  copyFileSync(built, out);
  writeFileSync(stampFile, stamp);
  rmSync(workDir, { recursive: true, force: true });
  return { ok: true, how, reason: null };
}
