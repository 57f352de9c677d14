import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import { instantOf, listOf, numberOf, problemsOf } from './problems';

const problem = (errors: { path: string; message: string }[], detail = 'refused') =>
  new ApiError({ status: 400, code: 'validation_failed', detail, errors });

describe('reading the server problems of a staff form', () => {
  it('puts each body error on its field, the first one per field, and keeps the rest whole', () => {
    const p = problemsOf(
      problem([
        { path: 'body.name', message: 'too short' },
        { path: 'body.speakers.2', message: 'too long' },
        { path: 'body.speakers.3', message: 'also too long' },
        { path: 'body.unknown', message: 'not allowed' },
        { path: 'capacity', message: 'at most 12' },
      ]),
      ['name', 'speakers', 'title'],
      'failed',
    );
    expect(p).toEqual({
      fields: { name: 'too short', speakers: 'too long' },
      other: ['body.unknown: not allowed', 'capacity: at most 12'],
    });
  });
  it('shows the detail when nothing names a field, and a fallback for what is not a problem+json', () => {
    expect(problemsOf(problem([], 'A programme called X already exists'), ['name'], 'failed')).toEqual({
      fields: {},
      other: ['A programme called X already exists'],
    });
    expect(problemsOf(new Error('boom'), ['name'], 'failed')).toEqual({ fields: {}, other: ['failed'] });
  });
  it('says each message, on a field or in the rest, and a detail without field errors, through `say`', () => {
    const say = (m: string) => `«${m}»`;
    expect(problemsOf(problem([{ path: 'body.name', message: 'too short' }]), ['name'], 'failed', say)).toEqual({
      fields: { name: '«too short»' },
      other: [],
    });
    expect(problemsOf(problem([], 'duplicate'), ['name'], 'failed', say).other).toEqual(['«duplicate»']);
  });
  it('never loses a problem: each lands on a field or in the rest', () => {
    const path = fc.constantFrom('body.a', 'body.b.1', 'body.c', 'd', '');
    fc.assert(
      fc.property(fc.array(fc.record({ path, message: fc.string({ minLength: 1 }) }), { minLength: 1 }), (errors) => {
        const p = problemsOf(problem(errors), ['a', 'b'], 'failed');
        const onFields = errors.filter((e) => /^body\.[ab]\b/.test(e.path));
        expect(Object.keys(p.fields).sort()).toEqual([...new Set(onFields.map((e) => e.path[5]!))].sort());
        expect(p.other).toHaveLength(errors.length - onFields.length);
      }),
    );
  });
  it('turns inputs into request values', () => {
    expect(instantOf('')).toBe('');
    expect(instantOf('not a time')).toBe('not a time');
    expect(instantOf('2027-03-01T18:00')).toBe(new Date('2027-03-01T18:00').toISOString());
    expect(listOf(' Dana Fictional, ,Sam Placeholder\nLee ')).toEqual(['Dana Fictional', 'Sam Placeholder', 'Lee']);
    expect(listOf('دانة الخيالية، سام,Lee')).toEqual(['دانة الخيالية', 'سام', 'Lee']);
    expect(numberOf('')).toBeUndefined();
    expect(numberOf(12)).toBe(12);
  });
});
