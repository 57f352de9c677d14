import { describe, expect, it } from 'vitest';
import { groupResults, resultHref } from './searchLinks';

const result = (type: string, id: string, title = id) => ({ type, id, title });

describe('resultHref', () => {
  it('links each type to its page', () => {
    expect(resultHref(result('macro_asset', 'abc'))).toBe('/assets/macro-assets/abc');
    expect(resultHref(result('opportunity', 'o1'))).toBe('/assets/opportunities/o1');
    expect(resultHref(result('partner', 'p1', 'NHS & Co'))).toBe('/partners?q=NHS%20%26%20Co');
    expect(resultHref(result('area', 'ladywood'))).toBe('/assets/areas/ladywood');
    expect(resultHref(result('occupation', 'nurse'))).toBe('/assets/opportunities?occupation=nurse');
    expect(resultHref(result('something_new', 'x', 'X'))).toBe('/search?q=X');
  });
});

describe('groupResults', () => {
  it('groups in a fixed order and keeps the ranking inside a group', () => {
    const groups = groupResults([
      result('partner', 'p1'),
      result('macro_asset', 'm1'),
      result('partner', 'p2'),
      result('new_type', 'n1'),
    ]);
    expect(groups.map((g) => [g.type, g.results.map((r) => r.id)])).toEqual([
      ['macro_asset', ['m1']],
      ['partner', ['p1', 'p2']],
      ['new_type', ['n1']],
    ]);
  });
});
