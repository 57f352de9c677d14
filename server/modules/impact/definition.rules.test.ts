import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDefinition, definitionSchema } from './definition.rules';
import { sourceCatalogue } from './sources.registry';

const def = (d: unknown) => definitionSchema.parse(d);

describe('indicator definitions against the source catalogue', () => {
  it('accepts a count with filters on aggregate-safe fields', () => {
    const d = def({
      source: 'matching.candidates',
      measure: { kind: 'count' },
      filters: [{ field: 'stage', op: 'eq', value: 'employed' }],
    });
    expect(checkDefinition(d, sourceCatalogue, true)).toEqual([]);
  });

  it('names an unknown source, an unknown field and a wrong date field', () => {
    expect(
      checkDefinition(def({ source: 'nope.things', measure: { kind: 'count' } }), sourceCatalogue, true)[0],
    ).toMatchObject({
      path: 'query.source',
    });
    const problems = checkDefinition(
      def({
        source: 'matching.candidates',
        measure: { kind: 'count' },
        filters: [{ field: 'full_name', op: 'eq', value: 'x' }],
        dateField: 'moved_at',
      }),
      sourceCatalogue,
      false,
    );
    expect(problems.map((p) => p.path)).toEqual(['query.filters.0.field', 'query.dateField']);
    expect(problems[0]!.message).toContain('unknown field "full_name"');
  });

  it('refuses a published indicator that would single out records by an identifying field', () => {
    const d = def({
      source: 'matching.candidates',
      measure: { kind: 'count' },
      filters: [{ field: 'reference', op: 'eq', value: 'MC-AAAA1111' }],
    });
    expect(checkDefinition(d, sourceCatalogue, true)[0]!.message).toContain('identifies individual records');
    expect(checkDefinition(d, sourceCatalogue, false)).toEqual([]);
  });

  it('checks value types, "in" lists and sums of numbers only', () => {
    const bad = def({
      source: 'enterprises.enterprises',
      measure: { kind: 'sum', field: 'stage' },
      filters: [
        { field: 'local_jobs', op: 'gt', value: 'many' },
        { field: 'stage', op: 'in', value: 'idea' },
      ],
    });
    expect(checkDefinition(bad, sourceCatalogue, true).map((p) => p.path)).toEqual([
      'query.measure.field',
      'query.filters.0.value',
      'query.filters.1.value',
    ]);
  });

  it('rejects unknown keys in a definition', () => {
    expect(definitionSchema.safeParse({ source: 'x', measure: { kind: 'count' }, sql: 'drop table' }).success).toBe(
      false,
    );
  });

  it('every catalogue field a definition names is either accepted or refused with its path (never thrown)', () => {
    const names = [...sourceCatalogue.values()].flatMap((s) => Object.keys(s.fields).map((f) => [s.name, f] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.string({ maxLength: 12 }),
        fc.boolean(),
        ([source, field], value, published) => {
          const d = def({ source, measure: { kind: 'count' }, filters: [{ field, op: 'eq', value }] });
          for (const p of checkDefinition(d, sourceCatalogue, published))
            expect(p.path).toMatch(/^query\.filters\.0\./);
        },
      ),
    );
  });
});
