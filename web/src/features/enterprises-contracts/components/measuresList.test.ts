import { describe, expect, it } from 'vitest';
import type { Measure } from '../api/socialValue';
import { codeFrom, measuresPage } from './measuresList';

const m = (code: string, en: string, unit: Measure['unit'], active = true): Measure => ({
  code,
  label: { en, ar: `${en} (ar)` },
  unit,
  description: '',
  active,
  version: 1,
});
const items = [
  m('local_jobs_created', 'Local jobs created', 'count'),
  m('apprenticeships', 'Apprenticeships started', 'count'),
  m('local_spend', 'Spent with local suppliers', 'gbp'),
  m('old_measure', 'Old measure', 'hours', false),
];
const query = { page: 1, pageSize: 25, sort: undefined, q: '' };

describe('the measures list', () => {
  it('keeps the city order, and searches, filters, sorts and pages like the server lists', () => {
    expect(measuresPage(items, query, 'en').rows.map((r) => r.code)[0]).toBe('local_jobs_created');
    expect(measuresPage(items, { ...query, q: 'LOCAL' }, 'en').total).toBe(2);
    expect(measuresPage(items, { ...query, unit: 'count' }, 'en').total).toBe(2);
    expect(measuresPage(items, { ...query, active: 'false' }, 'en').rows.map((r) => r.code)).toEqual(['old_measure']);
    expect(measuresPage(items, { ...query, sort: 'name' }, 'en').rows[0]!.code).toBe('apprenticeships');
    expect(measuresPage(items, { ...query, sort: '-code' }, 'en').rows[0]!.code).toBe('old_measure');
    const second = measuresPage(items, { ...query, pageSize: 3, page: 2 }, 'en');
    expect([second.total, second.rows.length]).toEqual([4, 1]);
  });

  it('makes a measure code the API accepts from an English name', () => {
    expect(codeFrom('Local jobs created')).toBe('local_jobs_created');
    expect(codeFrom('2 Café hours!')).toBe('cafe_hours');
    for (const name of ['Hours volunteered (%)', '  x ', 'Ünïcode ünits'])
      expect(codeFrom(name)).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
  });
});
