/**
 * The JavaScript a browser downloads for a first visit to each route (gzip), from the build's
 * chunk graph: the entry chunk, the route's lazy chunk, and everything they import statically.
 * Budget: 200 KB for the initial route. Run after `pnpm --filter @ecaf/web build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type Chunk = { file: string; isEntry?: boolean; imports?: string[] };
const dist = join(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

function closure(keys: string[]): Set<string> {
  const files = new Set<string>();
  const stack = [...keys];
  for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) continue;
    files.add(chunk.file);
    stack.push(...(chunk.imports ?? []));
  }
  return files;
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
if (!entry) throw new Error('no entry chunk in the manifest: build with manifest: true');

const routes: Record<string, string> = {
  '/sign-in': 'src/features/auth/SignInPage.tsx',
  '/ (My work)': 'src/features/work/MyWorkPage.tsx',
  '/children': 'src/features/children/FindChildPage.tsx',
  '/children/new': 'src/features/children/RegisterChildPage.tsx',
};
const sizes: Record<string, number> = {};
for (const [route, source] of Object.entries(routes)) {
  const kb = [...closure([entry, source])].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipKb(f), 0);
  sizes[route] = Math.round(kb * 10) / 10;
  console.log(`${route.padEnd(16)} ${sizes[route]?.toFixed(1).padStart(7)} KB gzip`);
}
const initial = sizes['/sign-in'] ?? 0;
console.log(
  JSON.stringify({ initialRouteKbGzip: initial, budgetKb: 200, withinBudget: initial <= 200, routes: sizes }),
);
