/**
 * Benchmarks: `npm run bench -- NAME`. Each prints one JSON line per figure, then a last line
 * {"bench": NAME, "ok": true|false, ...} (DESIGN.md §7). Exits 0 when ok, 1 when a target is missed,
 * 2 for an unknown bench name.
 */
const benches: Record<string, () => Promise<{ run: () => Promise<boolean> }>> = {
  http: () => import('./http'),
  import: () => import('./import'),
  assets: () => import('./assets'),
  ingest: () => import('./ingest'),
  match: () => import('./match'),
  roundup: () => import('./roundup'),
  impact: () => import('./impact'),
  enterprises: () => import('./enterprises'),
};

const benchName = process.argv[2];
const load = benchName ? benches[benchName] : undefined;
if (!load) {
  const known = Object.keys(benches).join(', ');
  process.stderr.write(`${benchName ? `unknown bench "${benchName}"` : 'no bench named'}; known benches: ${known}\n`);
  process.stderr.write('usage: npm run bench -- NAME\n');
  process.exit(2);
}

const ok = await (await load()).run();
process.exit(ok ? 0 : 1);

export {};
