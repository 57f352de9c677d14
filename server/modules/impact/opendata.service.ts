import { stringify } from 'csv-stringify/sync';
import type { Deps } from '../../deps';
import { smallCellThreshold } from '../privacy/privacy.service';
import { areaNames } from './drill.service';
import { monthlyFor, parseDefinition } from './figures.service';
import * as repo from './indicators.repo';
import { today } from './indicators.service';
import { periodsOf, rollUp } from './series.rules';
import { sourceCatalogue } from './sources.registry';
import { suppressTable } from './suppression.rules';

/**
 * Open data: every published count indicator by area and quarter (the last eight), anonymised: figures of 1 to 4
 * withheld, and further figures withheld wherever a withheld one could be worked out from the totals.
 */
const quartersBack = 8;

function quarterRange(asOf: string) {
  const d = new Date(`${asOf}T00:00:00Z`);
  const q0 = Math.floor(d.getUTCMonth() / 3) * 3;
  const start = new Date(Date.UTC(d.getUTCFullYear(), q0 - 3 * (quartersBack - 1), 1)).toISOString().slice(0, 10);
  return { start, end: asOf };
}

export async function openData(deps: Deps, asOf = today()) {
  const range = quarterRange(asOf);
  const periods = periodsOf('quarter', range.start, range.end);
  const rows = (await repo.listIndicators(deps.db, { publishedOnly: true })).filter((r) => {
    if (r.unit !== 'count') return false;
    const def = parseDefinition(r);
    return !def || sourceCatalogue.get(def.source)?.area !== null;
  });
  const monthly = await monthlyFor(deps, rows, { byArea: true, range: { from: range.start, to: range.end } });
  const areas = [...(await areaNames(deps))].map(([id, a]) => ({ id, slug: a.slug, name: a.name }));
  const places = [...areas, { id: 'null', slug: 'not-recorded', name: 'Area not recorded' }];
  const indicators = rows.map((r) => {
    const cells = places.map((p) => rollUp(monthly.get(`${r.id}|${p.id}`) ?? new Map(), periods));
    const t = suppressTable(cells, smallCellThreshold);
    return {
      code: r.code,
      name: r.name,
      unit: r.unit,
      rows: places.map((p, i) => ({
        area: { slug: p.slug, name: p.name },
        values: t.cells[i]!,
        total: t.rowTotals[i]!,
      })),
      periodTotals: t.columnTotals,
      total: t.total,
    };
  });
  return { asOf, threshold: smallCellThreshold, periods, indicators };
}

export function openDataCsv(data: Awaited<ReturnType<typeof openData>>): string {
  const out: (string | number)[][] = [];
  const cell = (v: number | null) => (v === null ? ['', 'withheld'] : [v, '']);
  for (const i of data.indicators) {
    for (const row of i.rows) {
      row.values.forEach((v, k) =>
        out.push([i.code, i.name, row.area.slug, data.periods[k]!.start, data.periods[k]!.end, ...cell(v)]),
      );
      out.push([i.code, i.name, row.area.slug, 'all', 'all', ...cell(row.total)]);
    }
    i.periodTotals.forEach((v, k) =>
      out.push([i.code, i.name, 'all', data.periods[k]!.start, data.periods[k]!.end, ...cell(v)]),
    );
    out.push([i.code, i.name, 'all', 'all', 'all', ...cell(i.total)]);
  }
  return stringify(out, {
    header: true,
    columns: ['indicator', 'indicator_name', 'area', 'period_start', 'period_end', 'value', 'note'],
  });
}

/** The data dictionary: every column of the open data, and every published indicator's definition. */
export async function dataDictionary(deps: Deps) {
  const rows = await repo.listIndicators(deps.db, { publishedOnly: true });
  return {
    columns: [
      { name: 'indicator', description: 'The indicator’s stable code.' },
      { name: 'indicator_name', description: 'The indicator’s name.' },
      { name: 'area', description: 'The area (ward or neighbourhood) slug; "all" for the total over areas.' },
      { name: 'period_start', description: 'First day of the quarter (ISO 8601); "all" for the total over periods.' },
      { name: 'period_end', description: 'Last day of the quarter, or the day the data was produced.' },
      { name: 'value', description: 'The count; empty when withheld.' },
      {
        name: 'note',
        description: `"withheld": a count from 1 to ${smallCellThreshold - 1}, or a figure withheld so that no withheld count can be worked out from the totals.`,
      },
    ],
    indicators: rows.map((r) => ({
      code: r.code,
      name: r.name,
      definition: r.definition_text,
      unit: r.unit,
      method: r.method,
      source: parseDefinition(r)?.source ?? null,
      inOpenData: r.unit === 'count',
    })),
  };
}
