// An offline check of electron-builder.yml: schema validation, then a real unpacked Linux build against a stand-in
// Electron (a small file carrying Electron's fuse wire), then a look at what landed where. It proves the file
// patterns, asarUnpack, extraResources and fuses; it cannot prove that the packaged app starts (that needs the
// real Electron, which this machine cannot download).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronVersion, PROJECT_ROOT } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults, in wire order: runAsNode, cookieEncryption, nodeOptions, nodeCliInspect,
// embeddedAsarIntegrityValidation, onlyLoadAppFromAsar, browserProcessSpecificV8Snapshot, grantFileProtocolExtraPrivileges.
const DEFAULT_WIRE = '10110001';
const EXPECTED_WIRE = '01001100';

function fuseWire(binary) {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]).toString('latin1');
}

export async function checkPackaging({ verbose = false } = {}) {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  const asar = require('@electron/asar');
  const config = await getConfig(PROJECT_ROOT, 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  console.log('electron-builder.yml passes electron-builder’s schema.');

  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(PROJECT_ROOT, built))) {
      console.error(`${built} is missing: run \`npm run build\` first.`);
      return false;
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'aftersales-dist-check-'));
  try {
    const fakeElectron = join(work, 'electron-dist');
    mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
    writeFileSync(join(fakeElectron, 'electron'), `#!/bin/sh\n# stand-in ${SENTINEL}\x01\x08${DEFAULT_WIRE}\n`, 'latin1');
    chmodSync(join(fakeElectron, 'electron'), 0o755);
    writeFileSync(join(fakeElectron, 'version'), electronVersion());
    const fakeNative = join(work, 'better_sqlite3.node');
    writeFileSync(fakeNative, 'stand-in for the Electron build of better-sqlite3');

    const checkConfig = {
      ...config,
      electronVersion: electronVersion(),
      electronDist: fakeElectron,
      directories: { ...config.directories, output: join(work, 'out') },
      extraResources: (config.extraResources ?? []).map((entry) =>
        typeof entry === 'object' && String(entry.from).includes('.electron-native') ? { ...entry, from: fakeNative } : entry,
      ),
    };
    const configFile = join(work, 'electron-builder.json');
    writeFileSync(configFile, JSON.stringify(checkConfig));
    const run = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/electron-builder/cli.js'), '--config', configFile, '--linux', 'dir', '--x64', '--publish', 'never'],
      { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 5 * 60_000 },
    );
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr);
      console.error('electron-builder failed on the unpacked Linux build (see above).');
      return false;
    }

    const app = join(work, 'out', 'linux-unpacked');
    const resources = join(app, 'resources');
    const entries = new Set(asar.listPackage(join(resources, 'app.asar'), {}).map((entry) => entry.replaceAll('\\', '/')));
    if (verbose) for (const entry of [...entries].sort()) console.log(`  app.asar${entry}`);
    const problems = [];
    const expect = (condition, message) => condition || problems.push(message);
    expect(existsSync(join(app, 'aftersales-desk')), 'the executable is not named aftersales-desk');
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/search-documents-worker.cjs', '/dist/renderer/index.html', '/node_modules/better-sqlite3/lib/index.js']) {
      expect(entries.has(file), `app.asar lacks ${file}`);
    }
    for (const entry of entries) {
      expect(!entry.endsWith('.map'), `app.asar holds a source map: ${entry}`);
      expect(!entry.endsWith('.node'), `app.asar holds a native module (a Node build?): ${entry}`);
      // Only better-sqlite3's JavaScript (and `bindings`) is needed at run time; everything else is bundled.
      expect(!/^\/node_modules\/(?!(better-sqlite3|bindings|file-uri-to-path)(\/|$))/.test(entry), `app.asar holds ${entry}`);
      expect(!/^\/node_modules\/better-sqlite3\/(build|deps|src)(\/|$)/.test(entry), `app.asar holds ${entry}`);
      expect(!/^\/(\.electron-native|electron|renderer|shared|scripts|e2e)\//.test(entry), `app.asar holds sources: ${entry}`);
    }
    expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/lib/index.js')), 'better-sqlite3 is not unpacked');
    expect(existsSync(join(resources, 'native/better_sqlite3.node')), 'resources/native/better_sqlite3.node is missing');
    expect(existsSync(join(resources, 'icon.png')), 'resources/icon.png is missing');
    expect(fuseWire(join(app, 'aftersales-desk')) === EXPECTED_WIRE, `fuses are ${fuseWire(join(app, 'aftersales-desk'))}, expected ${EXPECTED_WIRE}`);

    if (problems.length > 0) {
      for (const problem of problems) console.error(`✗ ${problem}`);
      return false;
    }
    console.log(
      `Unpacked Linux build checked: ${entries.size} entries in app.asar, better-sqlite3 unpacked, ` +
        `resources/native/better_sqlite3.node in place, fuses ${EXPECTED_WIRE} (runAsNode off, cookie encryption on, ` +
        'NODE_OPTIONS and --inspect off, asar integrity on, app.asar only, file:// privileges off).',
    );
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
