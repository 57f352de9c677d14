/**
 * `npm run bench -- assets`: p50/p95 of the asset graph's read side on a programme-sized database.
 *
 * Data: the Greater Icknield city pack with its demo people, the occupations taxonomy, then 100,000 residents,
 * 200,000 micro-assets (190,000 residents' skills and qualifications, 10,000 groups, enterprises, buildings and
 * spaces at points) and 5,000 opportunities across the 12 areas (4% published by the hospital), generated inside
 * the database (see assets-data.ts), then VACUUM ANALYZE.
 *
 * Timed: the service functions, called directly (no HTTP: `npm run bench -- http` measures that layer), as the
 * demo caseworker at the hospital trust (partner-scoped) and, for the links view, the demo programme admin:
 *   links   getLinks for the hospital: the first page (25) of its ~200 open opportunities with supply by area and
 *           up to 10 candidates each with reasons, plus training needs over all of them
 *   map     getMap for a desktop viewport at zoom 14 over the whole programme, all layers (point layers capped)
 *   search  search across all types, rotating typo'd and plain queries ("nurce", "Ladywod", ...)
 * Targets: p95 < 50 ms for links and map, < 100 ms for search.
 *
 * Environment: BENCH_ITERATIONS (default 200), BENCH_DATABASE_URL (postgres://... of a role with CREATEDB: a
 * fresh PostgreSQL database, dropped afterwards, instead of in-memory PGlite).
 */
import { sql } from 'kysely';
import { systemContext } from '../server/http/context';
import { getLinks } from '../server/modules/assets/linking.service';
import { getMap } from '../server/modules/assets/map.service';
import { importTaxonomy } from '../server/modules/assets/occupations.service';
import { search } from '../server/modules/assets/search.service';
import { seedProgramme } from '../server/seed/seed';
import { defaultTaxonomyPath, readTaxonomyFile } from '../server/seed/taxonomy-file';
import { generateAssetGraph } from './assets-data';
import { databaseKind } from './lib/database';
import { actor, lineFor, measure as timed, round, withBenchDeps } from './lib/measure';

const sizes = { residents: 100_000, residentAssets: 190_000, otherAssets: 10_000, opportunities: 5_000 };
const viewport = '-2.005,52.465,-1.885,52.51';
const queries = ['nurce', 'Ladywod', 'kitchen porter', 'midwfe', 'comunity kitchen', 'Summerfeld', 'hospital'];
const targets: Record<string, number> = { links: 50, links_admin: 50, map: 50, search: 100 };

const line = lineFor('assets');
const measure = (name: string, fn: (i: number) => Promise<unknown>) => timed(line, name, targets[name]!, fn);

export function run(): Promise<boolean> {
  return withBenchDeps(async (deps) => {
    const started = performance.now();
    await seedProgramme(deps, { pack: deps.config.CITY_PACK, demo: true });
    const occupations = await deps.db
      .selectFrom('occupations')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirst();
    if ((occupations?.n ?? 0) === 0) await importTaxonomy(deps, systemContext, readTaxonomyFile(defaultTaxonomyPath));
    const { hospitalId } = await generateAssetGraph(deps.db, sizes);
    await sql`vacuum analyze`.execute(deps.db);
    line({
      figure: 'generate',
      seconds: round((performance.now() - started) / 1000),
      ...sizes,
      database: databaseKind,
    });

    const caseworker = await actor(deps, 'caseworker@demo.useit.example');
    const admin = await actor(deps, 'admin@demo.useit.example');
    const links = await getLinks(deps, caseworker, hospitalId);
    const map = await getMap(deps, caseworker, { bbox: viewport });
    const found = await search(deps, caseworker, { q: 'nurce', limit: 20 });
    line({
      figure: 'shape',
      hospital_open_opportunities: links.total,
      links_page_size: links.opportunities.length,
      candidates: links.opportunities.reduce((n, o) => n + o.candidates.length, 0),
      training_needs: links.gaps.trainingNeeds.length,
      map_areas: map.areas.length,
      map_points: map.sites.length + map.macroAssets.length + map.opportunities.length + map.microAssets.length,
      map_truncated: map.truncated,
      search_nurce_results: found.results.length,
      search_nurce_top: found.results[0]?.title,
    });

    const p95 = {
      links: await measure('links', () => getLinks(deps, caseworker, hospitalId)),
      links_admin: await measure('links_admin', () => getLinks(deps, admin, hospitalId)),
      map: await measure('map', () => getMap(deps, caseworker, { bbox: viewport })),
      search: await measure('search', (i) => search(deps, caseworker, { q: queries[i % queries.length]!, limit: 20 })),
    };
    const ok = Object.entries(p95).every(([name, v]) => v < targets[name]!);
    line({
      ok,
      ...Object.fromEntries(Object.entries(p95).map(([k, v]) => [`${k}_p95_ms`, v])),
      targets,
      database: databaseKind,
      timed: 'service functions',
    });
    return ok;
  });
}
