// Generates docs/API.md from the contract in shared/api: every method's access, input schema and output type.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { api, type MethodName } from '../shared/api';

const API_DIR = 'shared/api';
export const REFERENCE_FILE = 'docs/API.md';

interface SourceFacts {
  outputTypes: Map<string, string>;
  interfaces: Map<string, string>;
}

/** Reads the output type written in each `'x.y': method<Output>()` and every exported interface, from the source. */
function readSourceFacts(): SourceFacts {
  const facts: SourceFacts = { outputTypes: new Map(), interfaces: new Map() };
  for (const file of readdirSync(API_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(join(API_DIR, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isInterfaceDeclaration(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        facts.interfaces.set(node.name.text, node.getText(source));
      }
      if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) {
        const outer = node.initializer;
        const inner = ts.isCallExpression(outer) ? outer.expression : null;
        if (inner && ts.isCallExpression(inner) && inner.typeArguments?.length === 1) {
          facts.outputTypes.set(node.name.text, inner.typeArguments[0]!.getText(source));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return facts;
}

function accessText(name: MethodName): string {
  const access = api[name].access;
  if (access === 'public') return 'anyone, signed in or not';
  if (access === 'signedIn') return 'any signed-in user';
  return access.map((role) => `\`${role}\``).join(', ');
}

function inputSchema(name: MethodName): object {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(api[name].input, { io: 'input', unrepresentable: 'any' });
  return schema;
}

export function renderApiReference(): string {
  const facts = readSourceFacts();
  const names = Object.keys(api).sort() as MethodName[];
  const lines: string[] = [
    '# API reference',
    '',
    'Generated from `shared/api` by `npm run api-reference`; a test fails when this file is out of date.',
    '',
    'Every method is called as `invoke(session, method, input)` in the back end, over IPC in the Electron app, and as',
    '`POST /api/<method>` with a JSON body in the browser mode. Every answer is an envelope:',
    '`{ "ok": true, "value": … }` or `{ "ok": false, "error": { "code", "message", "reason"?, "details"? } }`, with `code` one of',
    '`validation` (400), `unauthenticated` (401), `forbidden` (403), `not_found` (404), `conflict` (409, stale version),',
    '`invalid_state` (409, a step not allowed now), `internal` (500); the HTTP status is in brackets.',
    '',
    '| method | kind | who may call it | what it does |',
    '|---|---|---|---|',
    ...names.map((name) => `| [\`${name}\`](#${name.replace('.', '').toLowerCase()}) | ${api[name].kind} | ${accessText(name)} | ${api[name].summary} |`),
    '',
  ];
  const usedTypes = new Set<string>();
  for (const name of names) {
    const spec = api[name];
    const output = facts.outputTypes.get(name) ?? 'unknown';
    for (const match of output.matchAll(/\b[A-Z][A-Za-z]+\b/g)) usedTypes.add(match[0]);
    lines.push(
      `## ${name}`,
      '',
      spec.summary,
      '',
      `- Kind: ${spec.kind}${spec.kind === 'write' ? ' (one transaction with its audit row)' : ''}`,
      `- Who: ${accessText(name)}`,
      `- Output: \`${output.replace(/\s+/g, ' ')}\``,
      '',
      'Input (JSON Schema):',
      '',
      '```json',
      JSON.stringify(inputSchema(name), null, 2),
      '```',
      '',
    );
  }
  lines.push('## Types', '');
  for (const type of [...usedTypes].sort()) {
    const body = facts.interfaces.get(type);
    if (body) lines.push('```ts', body, '```', '');
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('api-reference.ts')) {
  writeFileSync(REFERENCE_FILE, renderApiReference());
  console.log(`Wrote ${REFERENCE_FILE}`);
}
