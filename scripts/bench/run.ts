// `npm run bench -- [--only foundation|customers|import|requests|knowledge|complaints|store|fieldwork|replacements|typing|lan] [--lan-minutes N] [--lan-invoke-minutes N] [--lan-desks N] [--lan-host-profile DIR] [--typing-runs N] [--key-delay MS] [--renderer-dir DIR] [--chromium PATH] [--work-orders N] [--notices N] [--scrap-records N] [--parts N] [--movements N] [--complaints N] [--complaints-per-quarter N] [--articles N] [--requests N] [--open-requests N] [--import-rows N] [--import-load-rows N] [--users N] [--audit-rows N] [--customers N] [--equipment N] [--events N]`:
// figures for each operation through invoke and as raw statements.
import { parseArgs } from 'node:util';
import { runComplaintsBench } from './complaints';
import { runCustomersBench } from './customers';
import { runFoundationBench } from './foundation';
import { runImportBench } from './import';
import { runKnowledgeBench } from './knowledge';
import { runRequestsBench } from './requests';
import { runStoreBench } from './store';
import { runFieldWorkBench } from './fieldwork';
import { runReplacementsBench } from './replacements';
import { runTypingBench } from './typing';
import { runLanBench } from './lan';
import { mkdirSync, writeFileSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    users: { type: 'string', default: '500' },
    'audit-rows': { type: 'string', default: '200000' },
    customers: { type: 'string', default: '100000' },
    equipment: { type: 'string', default: '300000' },
    events: { type: 'string', default: '1000000' },
    'import-rows': { type: 'string', default: '50000' },
    'import-load-rows': { type: 'string', default: '100000' },
    requests: { type: 'string', default: '1000000' },
    'open-requests': { type: 'string', default: '20000' },
    articles: { type: 'string', default: '5000' },
    complaints: { type: 'string', default: '50000' },
    'complaints-per-quarter': { type: 'string', default: '3000' },
    parts: { type: 'string', default: '20000' },
    movements: { type: 'string', default: '1000000' },
    'work-orders': { type: 'string', default: '200000' },
    notices: { type: 'string', default: '20000' },
    'scrap-records': { type: 'string', default: '5000' },
    'typing-runs': { type: 'string', default: '40' },
    'key-delay': { type: 'string', default: '120' },
    'renderer-dir': { type: 'string', default: 'dist/renderer' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    'lan-minutes': { type: 'string', default: '10' },
    'lan-invoke-minutes': { type: 'string', default: '3' },
    'lan-desks': { type: 'string', default: '30' },
    // Profile the host's CPU during the HTTPS leg (node --cpu-prof), written to this folder.
    'lan-host-profile': { type: 'string' },
  },
});

const BENCHES = ['foundation', 'customers', 'import', 'requests', 'knowledge', 'complaints', 'store', 'fieldwork', 'replacements', 'typing', 'lan'] as const;
const only = values.only;
if (only !== undefined && !(BENCHES as readonly string[]).includes(only)) {
  console.error(`--only must be one of ${BENCHES.join(', ')}`);
  process.exit(2);
}

const numbers = {
  users: Number(values.users),
  auditRows: Number(values['audit-rows']),
  customers: Number(values.customers),
  equipment: Number(values.equipment),
  events: Number(values.events),
  importRows: Number(values['import-rows']),
  importLoadRows: Number(values['import-load-rows']),
  requests: Number(values.requests),
  openRequests: Number(values['open-requests']),
  articles: Number(values.articles),
  complaints: Number(values.complaints),
  complaintsPerQuarter: Number(values['complaints-per-quarter']),
  parts: Number(values.parts),
  movements: Number(values.movements),
  workOrders: Number(values['work-orders']),
  notices: Number(values.notices),
  scrapRecords: Number(values['scrap-records']),
  typingRuns: Number(values['typing-runs']),
  keyDelay: Number(values['key-delay']),
  lanMinutes: Number(values['lan-minutes']),
  lanInvokeMinutes: Number(values['lan-invoke-minutes']),
  lanDesks: Number(values['lan-desks']),
};
for (const [name, value] of Object.entries(numbers)) {
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} must be a whole number`);
    process.exit(2);
  }
}
if (numbers.complaintsPerQuarter < 1) {
  console.error('--complaints-per-quarter must be at least 1');
  process.exit(2);
}
if (numbers.lanMinutes < 1 || numbers.lanInvokeMinutes < 1 || numbers.lanDesks < 3) {
  console.error('--lan-minutes and --lan-invoke-minutes must be at least 1, --lan-desks at least 3');
  process.exit(2);
}
if (numbers.customers < 1) {
  console.error('--customers must be at least 1');
  process.exit(2);
}

if (only === undefined || only === 'foundation') {
  console.log(await runFoundationBench({ users: numbers.users, auditRows: numbers.auditRows }));
  console.log('Written to bench-results/foundation.json and bench-results/foundation.md');
}
if (only === undefined || only === 'customers') {
  console.log(await runCustomersBench({ customers: numbers.customers, equipment: numbers.equipment, events: numbers.events }));
  console.log('Written to bench-results/customers.json and bench-results/customers.md');
}
if (only === undefined || only === 'requests') {
  console.log(await runRequestsBench({ requests: numbers.requests, open: Math.min(numbers.openRequests, numbers.requests) }));
  console.log('Written to bench-results/requests.json and bench-results/requests.md');
}
if (only === undefined || only === 'knowledge') {
  console.log(await runKnowledgeBench({ articles: Math.max(1, numbers.articles) }));
  console.log('Written to bench-results/knowledge.json and bench-results/knowledge.md');
}
if (only === undefined || only === 'complaints') {
  console.log(await runComplaintsBench({ complaints: Math.max(1, numbers.complaints), perQuarter: numbers.complaintsPerQuarter }));
  console.log('Written to bench-results/complaints.json and bench-results/complaints.md');
}
if (only === undefined || only === 'store') {
  console.log(await runStoreBench({ parts: Math.max(1, numbers.parts), movements: numbers.movements }));
  console.log('Written to bench-results/store.json and bench-results/store.md');
}
if (only === undefined || only === 'fieldwork') {
  console.log(await runFieldWorkBench({ workOrders: numbers.workOrders, parts: Math.max(1, numbers.parts), movements: numbers.movements }));
  console.log('Written to bench-results/fieldwork.json and bench-results/fieldwork.md');
}
if (only === undefined || only === 'replacements') {
  console.log(await runReplacementsBench({ notices: Math.max(1, numbers.notices), scrapRecords: numbers.scrapRecords, storeParts: numbers.parts, storeMovements: numbers.movements }));
  console.log('Written to bench-results/replacements.json and bench-results/replacements.md');
}
if (only === undefined || only === 'typing') {
  const markdown = await runTypingBench({
    customers: numbers.customers,
    runs: Math.max(1, numbers.typingRuns),
    keyDelayMs: numbers.keyDelay,
    rendererDir: values['renderer-dir'] ?? null,
    chromium: values.chromium!,
  });
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/typing.md', markdown);
  console.log(markdown);
  console.log('Written to bench-results/typing.md');
}
if (only === undefined || only === 'import') {
  console.log(await runImportBench(numbers.importRows, numbers.importLoadRows));
  console.log('Written to bench-results/import.json and bench-results/import.md');
}
if (only === undefined || only === 'lan') {
  console.log(await runLanBench({ minutes: numbers.lanMinutes, invokeMinutes: numbers.lanInvokeMinutes, desks: numbers.lanDesks, hostProfileDir: values['lan-host-profile'] }));
  console.log('Written to bench-results/lan.json and bench-results/lan.md');
}
