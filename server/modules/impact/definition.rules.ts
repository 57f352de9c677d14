import { z } from 'zod';
import type { IndicatorSource } from './sources.types';

/**
 * An indicator's declarative definition: count or sum which records of a source, filtered how, dated by which
 * field, optionally broken down by area. Checked against the source catalogue before it is stored.
 */
const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean()]);
export const filterOps = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte'] as const;
export const definitionSchema = z.strictObject({
  source: z.string().min(1).max(80),
  measure: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('count') }),
    z.strictObject({ kind: z.literal('sum'), field: z.string().min(1).max(80) }),
  ]),
  filters: z
    .array(
      z.strictObject({
        field: z.string().min(1).max(80),
        op: z.enum(filterOps),
        value: z.union([scalar, z.array(scalar).min(1).max(50)]),
      }),
    )
    .max(10)
    .default([]),
  dateField: z.string().min(1).max(80).optional(),
  areaBreakdown: z.boolean().default(false),
});
export type Definition = z.infer<typeof definitionSchema>;
export type Filter = Definition['filters'][number];

export interface DefinitionProblem {
  path: string;
  message: string;
}

function fieldProblem(source: IndicatorSource, field: string, path: string, published: boolean) {
  const f = source.fields[field];
  if (!f) return { path, message: `unknown field "${field}" in ${source.name}` };
  if (published && !f.aggregateSafe)
    return {
      path,
      message: `field "${field}" of ${source.name} identifies individual records; a published indicator (seen by aggregate-only roles) may not use it`,
    };
  return null;
}

function filterValueProblem(source: IndicatorSource, filter: Filter, path: string): DefinitionProblem | null {
  const type = source.fields[filter.field]!.type;
  const values = Array.isArray(filter.value) ? filter.value : [filter.value];
  if ((filter.op === 'in') !== Array.isArray(filter.value))
    return {
      path: `${path}.value`,
      message: filter.op === 'in' ? '"in" takes a list' : `"${filter.op}" takes one value`,
    };
  const expected = type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string';
  if (values.some((v) => typeof v !== expected))
    return { path: `${path}.value`, message: `field "${filter.field}" holds ${type} values` };
  if (type === 'boolean' && !['eq', 'ne'].includes(filter.op))
    return { path: `${path}.op`, message: `a yes/no field takes only eq or ne` };
  return null;
}

/**
 * Every problem with a definition against the catalogue: unknown source or field, a wrong value type, or a field
 * that would single out individual records in an indicator that aggregate-only roles see.
 */
export function checkDefinition(
  def: Definition,
  catalogue: ReadonlyMap<string, IndicatorSource>,
  published: boolean,
  base = 'query',
): DefinitionProblem[] {
  const source = catalogue.get(def.source);
  if (!source)
    return [
      { path: `${base}.source`, message: `unknown source "${def.source}"; known: ${[...catalogue.keys()].join(', ')}` },
    ];
  const problems: DefinitionProblem[] = [];
  const add = (p: DefinitionProblem | null) => p && problems.push(p);
  if (def.measure.kind === 'sum') {
    add(fieldProblem(source, def.measure.field, `${base}.measure.field`, published));
    if (source.fields[def.measure.field] && source.fields[def.measure.field]!.type !== 'number')
      add({ path: `${base}.measure.field`, message: `only a number field can be summed` });
  }
  def.filters.forEach((f, i) => {
    const path = `${base}.filters.${i}`;
    const p = fieldProblem(source, f.field, `${path}.field`, published);
    add(p);
    if (!p) add(filterValueProblem(source, f, path));
  });
  if (def.dateField !== undefined && !source.dates.includes(def.dateField))
    add({
      path: `${base}.dateField`,
      message: `"${def.dateField}" is not a date of ${source.name}; use one of ${source.dates.join(', ')}`,
    });
  if (def.areaBreakdown && !source.area)
    add({ path: `${base}.areaBreakdown`, message: `${source.name} has no area to break down by` });
  return problems;
}

/** The date field a definition counts by: its own, or the source's default. */
export const dateFieldOf = (def: Definition, source: IndicatorSource): string => def.dateField ?? source.dates[0]!;
