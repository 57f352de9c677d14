import type { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import * as bulk from '../assets/bulk.service';
import { createMicroAssetBody } from '../assets/micro-assets.schemas';
import { createOpportunityBody } from '../assets/opportunities.schemas';
import {
  columnOf,
  fieldPath,
  microAssetBody,
  opportunityBody,
  type Cell,
  type CellProblem,
  type ImportKind,
  type Row,
} from './columns.rules';
import type { ImportError } from './imports.rules';

/**
 * One chunk of rows through the API's own zod schema (createOpportunityBody / createMicroAssetBody), then
 * through the assets module's bulk check (references, dates, owners, places): the same rules as the API.
 */

export type Checked = bulk.CheckedOpportunity | bulk.CheckedMicroAsset;
export type SheetRow = { row: number; cells: Cell[] };

export interface Checker {
  kind: ImportKind;
  resolver: ReturnType<typeof bulk.newResolver>;
  columns: string[];
  jobId: string;
  /** the partner for rows that name none (the CLI's --partner) */
  defaultPartner: string | undefined;
}

export const newChecker = (
  deps: Deps,
  ctx: RequestContext,
  kind: ImportKind,
  columns: string[],
  jobId: string,
  defaultPartner?: string,
): Checker => ({ kind, resolver: bulk.newResolver(deps, ctx), columns, jobId, defaultPartner });

function recordOf(columns: readonly string[], cells: readonly Cell[]): Row {
  const row: Row = {};
  columns.forEach((name, i) => {
    if (name && !(name in row)) row[name] = cells[i] ?? null;
  });
  return row;
}

function zodErrors(row: number, issues: readonly z.core.$ZodIssue[], taken: readonly CellProblem[]): ImportError[] {
  const seen = new Set(taken.map((p) => p.column));
  return issues.flatMap((issue) => {
    const column = columnOf(issue.path as (string | number)[]);
    if (seen.has(column)) return [];
    seen.add(column);
    return [{ row, column, message: issue.message }];
  });
}

/**
 * Shapes every row for the rule check. A row with a bad cell is checked too, without the fields that failed, so
 * one pass reports every problem of the row (a bad value and an unknown area); it is never inserted.
 */
function shape<T>(
  c: Checker,
  rows: readonly SheetRow[],
  schema: z.ZodType<T>,
  build: (row: Row, n: number) => { body: Record<string, unknown>; problems: CellProblem[] },
) {
  const errors: ImportError[] = [];
  const shaped: { row: number; input: T }[] = [];
  const invalid = new Set<number>();
  for (const { row, cells } of rows) {
    const built = build(recordOf(c.columns, cells), row);
    if (c.defaultPartner && built.body.partner === undefined) built.body.partner = c.defaultPartner;
    errors.push(...built.problems.map((p) => ({ row, ...p })));
    if (built.problems.length > 0) invalid.add(row);
    let parsed = schema.safeParse(built.body);
    if (!parsed.success) {
      errors.push(...zodErrors(row, parsed.error.issues, built.problems));
      invalid.add(row);
      const failed = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      parsed = schema.safeParse(Object.fromEntries(Object.entries(built.body).filter(([k]) => !failed.has(k))));
    }
    if (parsed.success) shaped.push({ row, input: parsed.data });
  }
  return { errors, shaped, invalid };
}

/** Rule problems, less those on a cell already reported for the row. */
function merged(shapeErrors: ImportError[], problems: readonly bulk.RowProblem[]): ImportError[] {
  const seen = new Set(shapeErrors.map((e) => `${e.row}:${e.column}`));
  const rules = problems
    .map((p) => ({ row: p.row, column: columnOf(fieldPath(p.field)), message: p.message }))
    .filter((e) => !seen.has(`${e.row}:${e.column}`));
  return [...shapeErrors, ...rules];
}

export async function checkChunk(
  c: Checker,
  rows: readonly SheetRow[],
): Promise<{ errors: ImportError[]; checked: Checked[] }> {
  if (c.kind === 'opportunities') {
    const shaped = shape(c, rows, createOpportunityBody, (r) => opportunityBody(r));
    const result = await bulk.checkOpportunities(c.resolver, shaped.shaped);
    const checked = result.checked.filter((x) => !shaped.invalid.has(x.row));
    return { errors: merged(shaped.errors, result.problems), checked };
  }
  const shaped = shape(c, rows, createMicroAssetBody, (r, n) => microAssetBody(r, `import ${c.jobId} row ${n}`));
  const result = await bulk.checkMicroAssets(c.resolver, shaped.shaped);
  const checked = result.checked.filter((x) => !shaped.invalid.has(x.row));
  return { errors: merged(shaped.errors, result.problems), checked };
}

export async function insertChunk(deps: Deps, ctx: RequestContext, kind: ImportKind, rows: Checked[]): Promise<void> {
  if (kind === 'opportunities') await bulk.insertOpportunities(deps, ctx, rows as bulk.CheckedOpportunity[]);
  else await bulk.insertMicroAssets(deps, rows as bulk.CheckedMicroAsset[]);
}
