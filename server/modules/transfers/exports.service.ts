import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { exportMicroAssets, exportOpportunities } from '../assets/export.service';
import { livePartnersOfKinds, partnersByIds } from '../identity/identity.partners.service';
import { recordAudit } from '../privacy/privacy.service';
import type { OutCell } from './cells.rules';
import {
  microAssetCells,
  microAssetExportColumns,
  microAssetFeature,
  opportunityCells,
  opportunityExportColumns,
  opportunityFeature,
  type Feature,
} from './exports.rules';
import { directoryPartnerKinds, hsdsDocument, type HsdsDocument } from './hsds.rules';

/** Files out: opportunities and micro-assets as CSV, XLSX or GeoJSON, and the community directory as HSDS. */

export const datasets = ['opportunities', 'micro-assets'] as const;
export type Dataset = (typeof datasets)[number];
export const exportFormats = ['csv', 'xlsx', 'geojson'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportFile {
  stream: Readable;
  contentType: string;
  filename: string;
}

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: 'application/geo+json',
};

interface Table {
  columns: readonly string[];
  rows: () => AsyncGenerator<OutCell[][]>;
  features: () => AsyncGenerator<Feature[]>;
}

function tableOf(deps: Deps, ctx: RequestContext, dataset: Dataset): Table {
  if (dataset === 'opportunities')
    return {
      columns: opportunityExportColumns,
      rows: async function* () {
        for await (const page of exportOpportunities(deps, ctx)) yield page.map(opportunityCells);
      },
      features: async function* () {
        for await (const page of exportOpportunities(deps, ctx)) yield page.map(opportunityFeature);
      },
    };
  return {
    columns: microAssetExportColumns,
    rows: async function* () {
      for await (const page of exportMicroAssets(deps, ctx)) yield page.map(microAssetCells);
    },
    features: async function* () {
      for await (const page of exportMicroAssets(deps, ctx)) yield page.map(microAssetFeature);
    },
  };
}

function csvStream(table: Table): Readable {
  const out = stringify({ bom: true, cast: { boolean: (v) => (v ? 'true' : 'false') } });
  out.write([...table.columns]);
  void (async () => {
    for await (const page of table.rows()) for (const row of page) if (!out.write(row)) await drained(out);
    out.end();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

const drained = (stream: NodeJS.WritableStream) => new Promise<void>((resolve) => stream.once('drain', resolve));

function xlsxStream(table: Table, sheetName: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  void (async () => {
    sheet.addRow([...table.columns]).commit();
    for await (const page of table.rows()) for (const row of page) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

function geojsonStream(table: Table): Readable {
  return Readable.from(
    (async function* () {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      for await (const page of table.features())
        for (const feature of page) {
          yield `${first ? '' : ','}\n${JSON.stringify(feature)}`;
          first = false;
        }
      yield '\n]}\n';
    })(),
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Streams a dataset the caller may take away (assets/export.service decides what that is); the export is audited. */
export async function exportDataset(
  deps: Deps,
  ctx: RequestContext,
  dataset: Dataset,
  format: ExportFormat,
): Promise<ExportFile> {
  await recordAudit(deps.db, ctx, { action: `${dataset}.export`, entity: 'export', detail: { format } });
  const table = tableOf(deps, ctx, dataset);
  const stream =
    format === 'csv' ? csvStream(table) : format === 'xlsx' ? xlsxStream(table, dataset) : geojsonStream(table);
  return { stream, contentType: contentTypes[format], filename: `${dataset}-${today()}.${format}` };
}

/** The community directory as Open Referral HSDS 3.0, confidential locations removed (hsds.rules.ts). */
export async function exportHsds(deps: Deps, ctx: RequestContext): Promise<HsdsDocument> {
  const assets = [];
  for await (const page of exportMicroAssets(deps, ctx, { category: 'community' })) assets.push(...page);
  const directory = await livePartnersOfKinds(deps, directoryPartnerKinds);
  const known = new Set(directory.map((p) => p.id));
  const owners = [...new Set(assets.flatMap((a) => (a.owner.partner ? [a.owner.partner.id] : [])))];
  const others = await partnersByIds(
    deps,
    owners.filter((id) => !known.has(id)),
  );
  await recordAudit(deps.db, ctx, {
    action: 'hsds.export',
    entity: 'export',
    detail: { services: assets.length },
  });
  return hsdsDocument([...directory, ...others], assets);
}
