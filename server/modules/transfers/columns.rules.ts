import { restoreCell } from './cells.rules';

/**
 * The documented column sets of import files (docs/imports.md), and the pure mapping from a spreadsheet row
 * to the request body the API takes, so that every row passes the same zod schema and rules as the API.
 */

export const importKinds = ['opportunities', 'micro-assets'] as const;
export type ImportKind = (typeof importKinds)[number];

/** A cell as read from CSV (text) or XLSX (text, number, boolean, date). */
export type Cell = string | number | boolean | Date | null;
export type Row = Record<string, Cell>;

export interface ColumnSpec {
  name: string;
  required?: true;
  /** several values in one cell, separated by ; */
  list?: true;
  description: string;
  example: string;
}

export const opportunityColumns: readonly ColumnSpec[] = [
  {
    name: 'kind',
    required: true,
    description: 'vacancy, training_place, work_placement, contract, grant, volunteering or space',
    example: 'vacancy',
  },
  {
    name: 'title',
    required: true,
    description: 'up to 200 characters',
    example: 'Healthcare assistant, acute medicine (demo)',
  },
  { name: 'description', description: 'free text', example: 'Full-time; training given; shifts include weekends' },
  {
    name: 'partner',
    description: 'publishing partner slug (default: your own partner; the CLI must name one or a macro-asset)',
    example: 'swbh-nhs-trust',
  },
  {
    name: 'macro_asset',
    description: 'slug of the macro-asset it comes from',
    example: 'midland-metropolitan-university-hospital',
  },
  {
    name: 'occupations',
    list: true,
    description: 'occupation codes from GET /api/v1/occupations, separated by ;',
    example: 'nurse-adult',
  },
  {
    name: 'qualifications',
    list: true,
    description: 'required qualifications, separated by ;',
    example: 'Care Certificate',
  },
  { name: 'english_level', description: 'CEFR level A1 to C2', example: 'B2' },
  {
    name: 'legal_gates',
    list: true,
    description: 'right_to_work, dbs_basic, dbs_enhanced, professional_registration, driving_licence; separated by ;',
    example: 'right_to_work;dbs_enhanced',
  },
  { name: 'area', description: 'area slug', example: 'smethwick' },
  { name: 'lat', description: 'latitude (WGS84); give lat and lng together, or neither', example: '52.4952' },
  { name: 'lng', description: 'longitude (WGS84)', example: '-1.9589' },
  { name: 'quantity', description: 'whole number from 1 (default 1)', example: '4' },
  { name: 'value', description: 'pounds, not negative, at most 2 decimal places', example: '23500' },
  { name: 'opens_on', description: 'date, YYYY-MM-DD (or DD/MM/YYYY)', example: '2027-01-04' },
  { name: 'closes_on', description: 'date, not before opens_on', example: '2027-02-01' },
  { name: 'status', description: 'draft, open, closed, filled or cancelled (default open)', example: 'open' },
];

export const microAssetColumns: readonly ColumnSpec[] = [
  { name: 'category', required: true, description: 'human, community, physical or financial', example: 'community' },
  {
    name: 'kind',
    required: true,
    description:
      'a kind of that category (skill, qualification, talent, idea; group, network, social_enterprise; building, green_space, blue_space; financial)',
    example: 'group',
  },
  { name: 'name', required: true, description: 'up to 200 characters', example: 'Cape Hill conversation club (demo)' },
  { name: 'description', description: 'free text', example: 'Weekly English conversation practice' },
  { name: 'occupation_code', description: 'occupation code, for skills and qualifications', example: '' },
  { name: 'owner_type', required: true, description: 'resident, partner or area', example: 'area' },
  {
    name: 'owner',
    required: true,
    description: "the owner: a resident's reference or id, a partner slug or an area slug",
    example: 'cape-hill',
  },
  { name: 'partner', description: 'recording partner slug (programme admins only; default your own)', example: '' },
  { name: 'area', description: "area slug (a resident's asset defaults to the resident's area)", example: '' },
  { name: 'lat', description: "latitude; never for a resident's asset", example: '52.4921' },
  { name: 'lng', description: 'longitude', example: '-1.9716' },
  {
    name: 'provenance',
    description: 'questionnaire, interview, partner_report, self_registration or import (default import)',
    example: 'partner_report',
  },
  { name: 'source_ref', description: 'link to the source record (default: the import and row)', example: '' },
  {
    name: 'visibility',
    description: "public, partners or private (default partners; a resident's asset is always private)",
    example: 'public',
  },
  { name: 'sensitive', description: 'true or false (default false)', example: 'false' },
];

export const columnsOf = (kind: ImportKind): readonly ColumnSpec[] =>
  kind === 'opportunities' ? opportunityColumns : microAssetColumns;

const aliases: Record<string, string> = {
  latitude: 'lat',
  longitude: 'lng',
  lon: 'lng',
  long: 'lng',
  macroasset: 'macro_asset',
  occupation: 'occupation_code',
};

/** "Opens on", "opensOn", "OPENS_ON" and "opens-on" all name the column opens_on. */
export function normaliseHeader(header: string): string {
  const snake = header
    .trim()
    .replace(/^\uFEFF/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return aliases[snake] ?? snake;
}

export interface HeaderCheck {
  columns: string[];
  ignored: string[];
  problem: string | null;
}

/** The header row, normalised: unknown columns are ignored (and listed), missing required ones are a problem. */
export function checkHeader(kind: ImportKind, raw: readonly Cell[]): HeaderCheck {
  const specs = columnsOf(kind);
  const known = new Set(specs.map((c) => c.name));
  const columns = raw.map((h) => (h === null ? '' : normaliseHeader(cellText(h))));
  const seen = new Set<string>();
  for (const c of columns) {
    if (c && known.has(c) && seen.has(c)) return { columns, ignored: [], problem: `the column ${c} appears twice` };
    seen.add(c);
  }
  const missing = specs.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  const ignored = [...new Set(columns.filter((c) => c && !known.has(c)))];
  const problem =
    missing.length === 0
      ? null
      : `missing header: the first row must name the columns (${specs.map((c) => c.name).join(', ')}); missing ${missing.join(', ')}`;
  return { columns, ignored, problem };
}

/** Text as a user typed it: dates as YYYY-MM-DD, numbers without exponent noise. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDay(cell);
  return String(cell);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function text(cell: Cell | undefined): string | undefined {
  if (cell === undefined || cell === null) return undefined;
  const s = restoreCell(cellText(cell)).trim();
  return s === '' ? undefined : s;
}

const list = (cell: Cell | undefined): string[] | undefined =>
  text(cell)
    ?.split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export interface CellProblem {
  column: string;
  message: string;
}

type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

function numberCell(cell: Cell | undefined): Parsed<number> {
  if (typeof cell === 'number') return { ok: true, value: cell };
  const s = text(cell);
  if (s === undefined) return { ok: true, value: undefined };
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `must be a number, not "${s}"` };
}

function dateCell(cell: Cell | undefined): Parsed<string> {
  if (cell instanceof Date) return { ok: true, value: isoDay(cell) };
  const s = text(cell);
  if (s === undefined) return { ok: true, value: undefined };
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return { ok: true, value: uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : s };
}

function booleanCell(cell: Cell | undefined): Parsed<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const s = text(cell)?.toLowerCase();
  if (s === undefined) return { ok: true, value: undefined };
  if (['true', 'yes', 'y', '1'].includes(s)) return { ok: true, value: true };
  if (['false', 'no', 'n', '0'].includes(s)) return { ok: true, value: false };
  return { ok: false, message: `must be true or false, not "${s}"` };
}

/** Money keeps its text (exact decimals); a number from XLSX goes in as a number. */
const moneyCell = (cell: Cell | undefined): string | number | undefined =>
  typeof cell === 'number' ? cell : text(cell)?.replace(/^£/, '').replace(/,/g, '');

interface Builder {
  body: Record<string, unknown>;
  problems: CellProblem[];
}

function put<T>(b: Builder, field: string, column: string, parsed: Parsed<T>): void {
  if (!parsed.ok) b.problems.push({ column, message: parsed.message });
  else if (parsed.value !== undefined) b.body[field] = parsed.value;
}

function putText(b: Builder, field: string, value: unknown): void {
  if (value !== undefined) b.body[field] = value;
}

function putLocation(b: Builder, row: Row): void {
  const lat = numberCell(row.lat);
  const lng = numberCell(row.lng);
  if (!lat.ok) b.problems.push({ column: 'lat', message: lat.message });
  if (!lng.ok) b.problems.push({ column: 'lng', message: lng.message });
  if (!lat.ok || !lng.ok) return;
  if ((lat.value === undefined) !== (lng.value === undefined)) {
    const missing = lat.value === undefined ? 'lat' : 'lng';
    b.problems.push({ column: missing, message: 'give both lat and lng, or neither' });
  } else if (lat.value !== undefined) b.body.location = { lat: lat.value, lng: lng.value };
}

/** The request body POST /api/v1/opportunities would take for this row, plus problems zod cannot name well. */
export function opportunityBody(row: Row): Builder {
  const b: Builder = { body: {}, problems: [] };
  for (const f of ['kind', 'title', 'description', 'partner', 'status'] as const) putText(b, f, text(row[f]));
  putText(b, 'macroAsset', text(row.macro_asset));
  putText(b, 'occupations', list(row.occupations));
  putText(b, 'qualifications', list(row.qualifications));
  putText(b, 'englishLevel', text(row.english_level)?.toUpperCase());
  putText(b, 'legalGates', list(row.legal_gates));
  putText(b, 'area', text(row.area));
  putLocation(b, row);
  put(b, 'quantity', 'quantity', numberCell(row.quantity));
  putText(b, 'value', moneyCell(row.value));
  put(b, 'opensOn', 'opens_on', dateCell(row.opens_on));
  put(b, 'closesOn', 'closes_on', dateCell(row.closes_on));
  return b;
}

const ownerKey: Record<string, string> = { resident: 'resident', partner: 'partner', area: 'area' };

/** The request body POST /api/v1/micro-assets would take for this row. */
export function microAssetBody(row: Row, defaultSourceRef: string): Builder {
  const b: Builder = { body: {}, problems: [] };
  for (const f of ['category', 'kind', 'name', 'description', 'partner', 'area', 'visibility'] as const)
    putText(b, f, text(row[f]));
  putText(b, 'occupationCode', text(row.occupation_code));
  const type = text(row.owner_type)?.toLowerCase();
  const owner = text(row.owner);
  b.body.owner = { type, ...(type && ownerKey[type] ? { [ownerKey[type]]: owner } : {}) };
  putLocation(b, row);
  b.body.provenance = text(row.provenance) ?? 'import';
  b.body.sourceRef = text(row.source_ref) ?? defaultSourceRef;
  put(b, 'sensitive', 'sensitive', booleanCell(row.sensitive));
  return b;
}

/** Which column of the file a field of the request body (a zod or service path) came from. */
export function columnOf(path: readonly (string | number)[]): string {
  const [first, second] = path.map(String);
  if (first === 'location') return second === 'lng' ? 'lng' : 'lat';
  if (first === 'owner') return second === 'type' ? 'owner_type' : 'owner';
  return (first ?? '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A row is skipped, not reported, when every cell is empty. */
export const isBlank = (cells: readonly Cell[]): boolean => cells.every((c) => c === null || cellText(c).trim() === '');

/** "body.closesOn" or "body.owner.partner" -> the path segments after "body". */
export const fieldPath = (path: string): string[] => path.split('.').filter((p, i) => !(i === 0 && p === 'body'));
