// Counts how features import each other: node scripts/feature-graph.mjs [checkout]. Imports from one feature into
// another (all, and those not through its index), feature pairs, two-way pairs and tangles (cycles), for the renderer
// and the back end.
import fs from 'node:fs'; import path from 'node:path'; import { execSync } from 'node:child_process';
import { featureOf as featureIn } from './eslint/feature-boundaries.js';
const repo = path.resolve(process.argv[2] ?? '.');
for (const rel of ['renderer/src/features', 'electron/backend/features']) {
  const root = path.join(repo, rel);
  const featureOf = (target) => featureIn(root, target);
  const files = execSync(`git ls-files -co --exclude-standard ${rel}`, { cwd: repo, encoding: 'utf8' }).split('\n').filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).map((f) => path.join(repo, f)).filter((f) => fs.existsSync(f));
  let cross = 0, deep = 0; const edges = new Map();
  for (const f of files) {
    const own = featureOf(f); if (!own) continue;
    const src = fs.readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const t = featureOf(path.resolve(path.dirname(f), m[1])); if (!t || t.name === own.name) continue;
      cross++; if (!/^(index(\.tsx?)?)?$/.test(t.inner)) deep++;
      (edges.get(own.name) ?? edges.set(own.name, new Set()).get(own.name)).add(t.name);
    }
  }
  // strongly connected components (Tarjan) and the 2-cycles
  let index = 0; const idx = new Map(), low = new Map(), stack = [], on = new Set(), sccs = [];
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]);
  const strong = (v) => { idx.set(v, index); low.set(v, index++); stack.push(v); on.add(v);
    for (const w of edges.get(v) ?? []) { if (!idx.has(w)) { strong(w); low.set(v, Math.min(low.get(v), low.get(w))); } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w))); }
    if (low.get(v) === idx.get(v)) { const c = []; let w; do { w = stack.pop(); on.delete(w); c.push(w); } while (w !== v); if (c.length > 1) sccs.push(c); } };
  for (const v of nodes) if (!idx.has(v)) strong(v);
  const pairs = [...edges.values()].reduce((n, s) => n + s.size, 0);
  const mutual = []; for (const [a, s] of edges) for (const b of s) if (a < b && edges.get(b)?.has(a)) mutual.push(`${a}↔${b}`);
  console.log(`${rel}: ${cross} cross-feature imports, ${deep} not through an index, ${pairs} feature pairs, ${mutual.length} two-way pairs [${mutual.join(' ')}], ${sccs.length} tangles [${sccs.map((c) => c.sort().join('+')).join(' | ')}]`);
}
