import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { dataDictionary, openData, openDataCsv } from './opendata.service';

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const asOfQuery = z.object({ asOf: z.iso.date().optional() });

/** Open data for anyone: anonymised aggregates by area and quarter as JSON and CSV, and the data dictionary. */
export function openDataRoutes(app: App, deps: Deps): void {
  const tags = ['impact'];
  app.get(
    '/api/v1/public/impact/open-data.json',
    {
      config: { policy: 'impact.open-data' },
      schema: {
        tags,
        summary: 'Open data by area and quarter (small and derivable figures withheld)',
        querystring: asOfQuery,
      },
    },
    async (req) => openData(deps, req.query.asOf),
  );
  app.get(
    '/api/v1/public/impact/open-data.csv',
    {
      config: { policy: 'impact.open-data' },
      schema: { tags, summary: 'Open data as CSV (small and derivable figures withheld)', querystring: asOfQuery },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="useit-open-data.csv"')
        .send(openDataCsv(await openData(deps, req.query.asOf))),
  );
  app.get(
    '/api/v1/public/impact/data-dictionary.json',
    { config: { policy: 'impact.open-data' }, schema: { tags, summary: 'The open data dictionary' } },
    async () => dataDictionary(deps),
  );
  app.get(
    '/api/v1/public/impact/data-dictionary',
    { config: { policy: 'impact.open-data' }, schema: { tags, summary: 'The open data dictionary as a page' } },
    async (_req, reply) => {
      const d = await dataDictionary(deps);
      const rows = (items: string[][]) =>
        items.map((cells) => `<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Open data dictionary</title></head>
<body><main><h1>Open data dictionary</h1>
<p><a href="/api/v1/public/impact/open-data.csv">CSV</a> · <a href="/api/v1/public/impact/open-data.json">JSON</a></p>
<h2>Columns</h2><table><thead><tr><th scope="col">Column</th><th scope="col">Meaning</th></tr></thead>
<tbody>${rows(d.columns.map((c) => [c.name, c.description]))}</tbody></table>
<h2>Indicators</h2><table><thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Definition</th><th scope="col">Unit</th></tr></thead>
<tbody>${rows(d.indicators.map((i) => [i.code, i.name, i.definition, i.unit]))}</tbody></table></main></body></html>`;
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
}
