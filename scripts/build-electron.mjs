// `npm run build:electron`: dist/electron/main.cjs and dist/electron/preload.cjs.
import { buildElectron } from './lib/electron-build.mjs';

try {
  await buildElectron();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
