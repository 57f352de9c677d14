import { stringify } from 'csv-stringify/sync';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Deps } from '../deps';
import { systemContext } from '../http/context';
import { createMacroAsset } from '../modules/assets/assets.service';
import { createArea } from '../modules/places/places.service';
import { importsSettled } from '../modules/transfers/imports.service';
import type { Client } from './harness';

/** Files and helpers for the import and export tests. */

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Job {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  errorCount: number;
  importedCount: number | null;
  report: {
    rows: number;
    valid: number;
    invalid: number;
    errors: { row: number; column: string; message: string }[];
    errorsTruncated: boolean;
    ignoredColumns: string[];
    sheet: string | null;
  } | null;
}

export async function placesFor(deps: Deps, ownerSlug: string): Promise<void> {
  for (const [slug, name] of [
    ['test-ward', 'Test ward'],
    ['other-ward', 'Other ward'],
  ] as const)
    await createArea(deps, systemContext, { slug, name, kind: 'ward', code: null, description: '', boundary: null });
  await createMacroAsset(deps, systemContext, {
    slug: 'test-hospital',
    name: 'Test hospital',
    kind: 'hospital',
    owner: ownerSlug,
    investmentValue: 1000,
    status: 'in_progress',
    location: null,
    boundary: null,
    group: null,
    site: null,
    phases: [],
    description: '',
  });
}

export const opportunityHeader = [
  'kind',
  'title',
  'description',
  'macro_asset',
  'occupations',
  'english_level',
  'legal_gates',
  'area',
  'lat',
  'lng',
  'quantity',
  'value',
  'opens_on',
  'closes_on',
] as const;

/** A valid opportunity row; `i` varies it. */
export function opportunityRow(i: number): Record<(typeof opportunityHeader)[number], string> {
  const kinds = ['vacancy', 'training_place', 'work_placement', 'volunteering'];
  return {
    kind: kinds[i % kinds.length]!,
    title: `Imported opportunity ${i}`,
    description: i % 3 === 0 ? `Row ${i}, with a comma` : '',
    macro_asset: i % 2 === 0 ? 'test-hospital' : '',
    occupations: i % 5 === 0 ? 'nurse-adult;pharmacist' : 'kitchen-porter',
    english_level: i % 4 === 0 ? 'b2' : '',
    legal_gates: i % 2 === 0 ? 'right_to_work;dbs_basic' : '',
    area: i % 3 === 0 ? 'test-ward' : '',
    lat: i % 7 === 0 ? '52.4952' : '',
    lng: i % 7 === 0 ? '-1.9589' : '',
    quantity: String(1 + (i % 9)),
    value: i % 2 === 0 ? `${1000 + i}.50` : '',
    opens_on: '2027-01-04',
    closes_on: i % 2 === 0 ? '2027-02-01' : '',
  };
}

export function csvOf(header: readonly string[], rows: readonly Record<string, string>[]): string {
  return stringify([header, ...rows.map((r) => header.map((h) => r[h] ?? ''))]);
}

export const opportunitiesCsv = (n: number, change: (row: Record<string, string>, i: number) => void = () => {}) =>
  csvOf(
    opportunityHeader,
    Array.from({ length: n }, (_, i) => {
      const row = opportunityRow(i);
      change(row, i);
      return row;
    }),
  );

export async function upload(
  client: Client,
  kind: string,
  body: string | Buffer,
  contentType = 'text/csv',
): Promise<LightMyRequestResponse> {
  return client.request('POST', `/api/v1/imports?kind=${kind}`, body, { 'content-type': contentType });
}

/** Waits for the background work, then reads the job as a client would. */
export async function settled(client: Client, id: string): Promise<Job> {
  await importsSettled();
  const res = await client.request('GET', `/api/v1/imports/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Job;
}

export async function dryRun(client: Client, kind: string, body: string | Buffer, contentType?: string): Promise<Job> {
  const res = await upload(client, kind, body, contentType);
  expect(res.statusCode, res.body).toBe(202);
  return settled(client, (res.json() as Job).id);
}

export async function commit(client: Client, id: string): Promise<Job> {
  const res = await client.request('POST', `/api/v1/imports/${id}/commit`);
  expect(res.statusCode, res.body).toBe(202);
  return settled(client, id);
}

export function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = `----useit${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
