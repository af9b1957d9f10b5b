// `npm run bench -- [--users N] [--audit-rows N]`: figures for each operation through invoke and as raw statements.
import { parseArgs } from 'node:util';
import { runFoundationBench } from './foundation';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '500' },
    'audit-rows': { type: 'string', default: '200000' },
  },
});

const scale = { users: Number(values.users), auditRows: Number(values['audit-rows']) };
for (const [name, value] of Object.entries(scale)) {
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number`);
    process.exit(2);
  }
}

console.log(await runFoundationBench(scale));
console.log('Written to bench-results/foundation.json and bench-results/foundation.md');
