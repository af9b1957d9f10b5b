// Finds the Electron binary that the electron package would run, and fetches it once where it is missing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ELECTRON_DIR = join(PROJECT_ROOT, 'node_modules', 'electron');

export function electronVersion() {
  return JSON.parse(readFileSync(join(ELECTRON_DIR, 'package.json'), 'utf8')).version;
}

/** The path of the Electron executable, or null when the binary is not installed (npm skipped its download). */
export function electronBinaryPath() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** One short reason from a tool's output, e.g. "getaddrinfo ENOTFOUND github.com". */
export function summarizeFailure(output, fallback) {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const network = lines.find((line) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|status code \d+/.test(line));
  if (network) return network.replace(/^.*?(Error: |warn install )/, '').slice(0, 160);
  if (/network connectivity/.test(output)) {
    const url = [...output.matchAll(/GET (https?:\/\/\S+)/g)].pop()?.[1];
    return `the network is unreachable${url ? ` (could not download ${url})` : ''}`;
  }
  const errorLine = lines.find((line) => /Error:/.test(line)) ?? lines.find((line) => /error/i.test(line));
  return (errorLine ?? lines[lines.length - 1] ?? fallback).replace(/^.*?Error: /, '').slice(0, 160);
}

/**
 * Runs a command with a time limit, collecting its output. Resolves { ok, output, reason, ms } and never rejects.
 */
export function runLimited(command, args, { timeoutMs, cwd, env } = {}) {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs ?? 60_000);
    const finish = (ok, reason) => {
      clearTimeout(timer);
      done({ ok, output, reason, ms: Date.now() - started });
    };
    child.on('error', (error) => finish(false, error.message));
    child.on('exit', (code, signal) => {
      if (code === 0) finish(true, null);
      else if (signal === 'SIGKILL') finish(false, `no answer within ${Math.round((timeoutMs ?? 60_000) / 1000)} s`);
      else finish(false, summarizeFailure(output, `exit code ${code}`));
    });
  });
}

/** Tries once to download the binary with the electron package's own installer. Resolves { ok, reason, ms }. */
export async function fetchElectronBinary({ timeoutMs = 60_000 } = {}) {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = await runLimited(process.execPath, [join(ELECTRON_DIR, 'install.js')], { timeoutMs, env });
  if (result.ok && electronBinaryPath() === null) return { ...result, ok: false, reason: 'the installer ended without a binary' };
  return result;
}
