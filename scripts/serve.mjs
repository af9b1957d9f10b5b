// `npm run serve -- [--port N] [--data-dir DIR] [--demo] [--lan [--allow RANGES]]`: builds the renderer when it is missing or stale, then serves.
import { spawn } from 'node:child_process';
import { ensureRendererBuilt } from './lib/renderer-build.mjs';

await ensureRendererBuilt();
const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/cli.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
