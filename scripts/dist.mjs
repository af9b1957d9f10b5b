// `npm run dist [-- --linux|--win|--mac] [--x64|--arm64] [other electron-builder options]`: installers in release/.
// `node scripts/dist.mjs --check [--verbose]`: checks electron-builder.yml without network (see lib/electron-package-check.mjs).
// Packaging needs network access: better-sqlite3 built for Electron, Electron's zip and the installer tools.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronVersion, PROJECT_ROOT, summarizeFailure } from './lib/electron-binary.mjs';
import { ensureElectronNative, packagingBinding } from './lib/electron-native.mjs';

process.chdir(PROJECT_ROOT);
const args = process.argv.slice(2);

if (args.includes('--check')) {
  const { checkPackaging } = await import('./lib/electron-package-check.mjs');
  process.exit((await checkPackaging({ verbose: args.includes('--verbose') })) ? 0 : 1);
}

// electron-builder's names for the operating systems, Node's, and the architectures electron-builder.yml builds.
const SYSTEMS = {
  win: { flags: ['--win', '--windows', '-w'], platform: 'win32', archs: ['x64'] },
  mac: { flags: ['--mac', '--macos', '-m'], platform: 'darwin', archs: ['x64', 'arm64'] },
  linux: { flags: ['--linux', '-l'], platform: 'linux', archs: ['x64'] },
};
const ARCH_FLAGS = ['x64', 'arm64', 'ia32', 'armv7l'];

function packagingTargets() {
  let systems = Object.keys(SYSTEMS).filter((os) => SYSTEMS[os].flags.some((flag) => args.includes(flag)));
  if (systems.length === 0) systems = Object.keys(SYSTEMS).filter((os) => SYSTEMS[os].platform === process.platform);
  const archs = ARCH_FLAGS.filter((arch) => args.includes(`--${arch}`));
  return systems.flatMap((os) => (archs.length ? archs : SYSTEMS[os].archs).map((arch) => ({ os, arch })));
}

const NETWORK_HINT = 'Packaging needs network access';
const version = electronVersion();

for (const { os, arch } of packagingTargets()) {
  const native = await ensureElectronNative({
    electronVersion: version,
    platform: SYSTEMS[os].platform,
    arch,
    out: packagingBinding(os, arch),
    log: console.log,
  });
  if (!native.ok) {
    console.error(
      `${NETWORK_HINT}: better-sqlite3 for Electron ${version} (${os}-${arch}) could not be fetched or built (${native.reason}).`,
    );
    process.exit(1);
  }
}

const child = spawn(
  process.execPath,
  [join('node_modules', 'electron-builder', 'cli.js'), '--config', 'electron-builder.yml', '--publish', 'never', ...args],
  { stdio: ['inherit', 'pipe', 'pipe'] },
);
let output = '';
const echo = (stream) => (chunk) => {
  stream.write(chunk);
  output = (output + chunk.toString()).slice(-50_000);
};
child.stdout.on('data', echo(process.stdout));
child.stderr.on('data', echo(process.stderr));
child.on('exit', (code) => {
  if (code !== 0 && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|unable to download|cannot download/i.test(output)) {
    console.error(
      `${NETWORK_HINT}: electron-builder downloads Electron ${version} and its installer tools, and this machine cannot reach them (${summarizeFailure(output, 'download failed')}).`,
    );
  }
  process.exit(code ?? 1);
});
