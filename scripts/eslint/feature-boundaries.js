// ESLint rule: a feature folder uses another feature only through that feature's index, and only when the one list of
// uses (`uses.json` beside the features) says it may; that list must have no cycles. Tests may reach anywhere.
import fs from 'node:fs';
import path from 'node:path';

const INDEX_NAMES = new Set(['', 'index', 'index.ts', 'index.tsx']);
const usesCache = new Map();

/** The feature a path lies in (`name`) and the path inside it (`inner`, '' for the folder), or null outside the root. */
export function featureOf(rootDir, target) {
  const relative = path.relative(rootDir, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [name, ...rest] = relative.split(path.sep);
  if (rest.length === 0 && /\.[a-z]+$/i.test(name)) return null;
  return { name, inner: rest.join('/') };
}

/** The first cycle found in a uses map, as the list of features around it (first repeated last), or null. */
export function findCycle(uses) {
  const state = new Map();
  const trail = [];
  const visit = (feature) => {
    if (state.get(feature) === 'done') return null;
    if (state.get(feature) === 'open') return [...trail.slice(trail.indexOf(feature)), feature];
    state.set(feature, 'open');
    trail.push(feature);
    for (const next of uses[feature] ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(feature, 'done');
    return null;
  };
  for (const feature of Object.keys(uses)) {
    const cycle = visit(feature);
    if (cycle) return cycle;
  }
  return null;
}

function readUses(file) {
  const stamp = fs.statSync(file).mtimeMs;
  const cached = usesCache.get(file);
  if (cached && cached.stamp === stamp) return cached;
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const uses = Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith('$')));
  const entry = { stamp, uses, cycle: findCycle(uses) };
  usesCache.set(file, entry);
  return entry;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: "a feature imports another feature only through its index, as the features' uses.json allows, without cycles" },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, uses: { type: 'string' }, scope: { type: 'string' } },
        required: ['root', 'uses'],
        additionalProperties: false,
      },
    ],
    messages: {
      deep: "'{{source}}' reaches into feature '{{target}}': import what it offers from its index ('{{index}}').",
      undeclared: "Feature '{{own}}' does not list '{{target}}' among its uses in {{usesFile}}: add it there (no cycles), or move what both need to a shared place.",
      cycle: 'The uses in {{usesFile}} form a cycle ({{cycle}}): features must depend one way.',
    },
  },
  create(context) {
    const { root, uses: usesPath } = context.options[0];
    const cwd = context.cwd;
    const rootDir = path.resolve(cwd, root);
    const usesFile = path.resolve(cwd, usesPath);
    const own = featureOf(rootDir, context.filename);
    // Outside the features (the app's frame and routes, print layouts) a feature is still entered by its index only.
    const scopeDir = context.options[0].scope ? path.resolve(cwd, context.options[0].scope) : null;
    const inScope = scopeDir !== null && !path.relative(scopeDir, context.filename).startsWith('..');
    if (!own && !inScope) return {};
    const { uses, cycle } = readUses(usesFile);
    const usesName = path.relative(cwd, usesFile);

    const check = (node) => {
      const source = node.source && node.source.type === 'Literal' ? node.source.value : null;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(rootDir, path.resolve(path.dirname(context.filename), source));
      if (!target || (own && target.name === own.name)) return;
      if (!INDEX_NAMES.has(target.inner)) {
        const index = path.relative(path.dirname(context.filename), path.join(rootDir, target.name)).split(path.sep).join('/');
        context.report({ node, messageId: 'deep', data: { source, target: target.name, index } });
        return;
      }
      if (own && !(uses[own.name] ?? []).includes(target.name)) {
        context.report({ node, messageId: 'undeclared', data: { own: own.name, target: target.name, usesFile: usesName } });
      }
    };

    return {
      Program(node) {
        if (own && cycle && cycle.includes(own.name)) {
          context.report({ node, messageId: 'cycle', data: { usesFile: usesName, cycle: cycle.join(' → ') } });
        }
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
