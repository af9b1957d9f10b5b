// Generates docs/API.md from the contract in shared/api: every method's access, input schema and output type.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { api, type MethodName } from '../shared/api';

const API_DIR = 'shared/api';
export const REFERENCE_FILE = 'docs/API.md';

interface InterfaceFacts {
  node: ts.InterfaceDeclaration;
  source: ts.SourceFile;
}

interface SourceFacts {
  outputTypes: Map<string, string>;
  /** Every interface exported by a file of the contract, by name. */
  interfaces: Map<string, InterfaceFacts>;
  /** Each file read (the contract's, and those its interfaces' bases are imported from), with its interfaces by name. */
  files: Map<string, { source: ts.SourceFile; interfaces: Map<string, InterfaceFacts> }>;
}

function readFile(facts: SourceFacts, path: string): { source: ts.SourceFile; interfaces: Map<string, InterfaceFacts> } {
  let file = facts.files.get(path);
  if (!file) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    file = { source, interfaces: new Map() };
    for (const node of source.statements) if (ts.isInterfaceDeclaration(node)) file.interfaces.set(node.name.text, { node, source });
    facts.files.set(path, file);
  }
  return file;
}

/** Reads the output type written in each `'x.y': method<Output>()` and every exported interface, from the source. */
function readSourceFacts(): SourceFacts {
  const facts: SourceFacts = { outputTypes: new Map(), interfaces: new Map(), files: new Map() };
  for (const name of readdirSync(API_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const { source, interfaces } = readFile(facts, join(API_DIR, name));
    for (const [type, found] of interfaces) {
      if (found.node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) facts.interfaces.set(type, found);
    }
    const visit = (node: ts.Node) => {
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

/** The interface a file means by `name`: its own, or the one it imports under that name from a file beside it. */
function findInterface(facts: SourceFacts, name: string, from: ts.SourceFile): InterfaceFacts | undefined {
  const own = readFile(facts, from.fileName).interfaces.get(name);
  if (own) return own;
  for (const statement of from.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const imported = bindings.elements.find((element) => element.name.text === name);
    if (!imported) continue;
    const path = join(dirname(from.fileName), `${statement.moduleSpecifier.text}.ts`);
    return findInterface(facts, (imported.propertyName ?? imported.name).text, readFile(facts, path).source);
  }
  return undefined;
}

/** A member of an interface as written, with its doc comment: by name, in order. */
type Members = Map<string, string>;

/** The members of a base written as `Name`, `Omit<Name, 'a' | 'b'>` or `Pick<Name, 'a' | 'b'>`. */
function baseMembers(facts: SourceFacts, base: ts.ExpressionWithTypeArguments | ts.TypeNode, from: ts.SourceFile): Members {
  const unlisted = (why: string) => new Error(`${from.fileName}: the base ${base.getText(from)} ${why}, so its fields cannot be listed in ${REFERENCE_FILE}`);
  const reference = ts.isExpressionWithTypeArguments(base) ? base.expression : ts.isTypeReferenceNode(base) ? base.typeName : null;
  if (!reference) throw unlisted('is not an interface, Omit<…> or Pick<…>');
  const name = reference.getText(from);
  const args = (ts.isExpressionWithTypeArguments(base) || ts.isTypeReferenceNode(base) ? base.typeArguments : undefined) ?? [];
  if (name === 'Omit' || name === 'Pick') {
    const [inner, keys] = args;
    if (!inner || !keys) throw unlisted('names no type or no keys');
    const named = new Set<string>();
    const collect = (node: ts.TypeNode) => {
      if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) named.add(node.literal.text);
      else if (ts.isUnionTypeNode(node)) node.types.forEach(collect);
      else throw unlisted('does not name its keys as string literals');
    };
    collect(keys);
    return new Map([...baseMembers(facts, inner, from)].filter(([key]) => named.has(key) === (name === 'Pick')));
  }
  if (args.length > 0) throw unlisted('has type arguments');
  const found = findInterface(facts, name, from);
  if (!found) throw unlisted('is not an interface declared in its file or imported from a file beside it');
  return interfaceMembers(facts, found);
}

/**
 * Every member of an interface, its bases' first (each in the order of `extends`) and then its own; a member it declares
 * again (a narrower type) stands where the base has it.
 */
function interfaceMembers(facts: SourceFacts, { node, source }: InterfaceFacts): Members {
  const members: Members = new Map();
  for (const clause of node.heritageClauses ?? []) {
    for (const base of clause.types) for (const [key, text] of baseMembers(facts, base, source)) members.set(key, text);
  }
  for (const member of node.members) {
    members.set(member.name?.getText(source) ?? member.getText(source), source.text.slice(member.getStart(source, true), member.end));
  }
  return members;
}

/** An interface as written; one with bases lists their fields too, so that the reference shows every field. */
function interfaceText(facts: SourceFacts, name: string): string | undefined {
  const found = facts.interfaces.get(name);
  if (!found) return undefined;
  const { node, source } = found;
  if (!node.heritageClauses) return node.getText(source);
  const header = source.text.slice(node.getStart(source), node.members.pos).trimEnd();
  return [header, ...[...interfaceMembers(facts, found).values()].map((member) => `  ${member}`), '}'].join('\n');
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
    const body = interfaceText(facts, type);
    if (body) lines.push('```ts', body, '```', '');
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('api-reference.ts')) {
  writeFileSync(REFERENCE_FILE, renderApiReference());
  console.log(`Wrote ${REFERENCE_FILE}`);
}
