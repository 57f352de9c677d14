import { describe, expect, it } from 'vitest';
import type { DuplicatePair } from '../api/duplicates';
import { reasonsOf, visiblePairs } from './duplicateList';

const party = (id: string, name: string, kind = 'group') => ({ id, name, kind, createdAt: '2026-01-01T00:00:00Z' });
const pair = (a: string, b: string, similarity: number, extra: Partial<DuplicatePair> = {}): DuplicatePair => ({
  a: party(`${a}-id`, a),
  b: party(`${b}-id`, b),
  similarity,
  area: null,
  why: [],
  suggestedKeepId: `${a}-id`,
  ...extra,
});

describe('duplicate pairs in the browser', () => {
  const items = [pair('Beta', 'Betta', 0.6), pair('Alpha', 'Alfa', 0.9), pair('Gamma', 'Gama', 0.7)];

  it('sorts most alike first by default, or by name, and pages', () => {
    expect(visiblePairs(items, { page: 1, pageSize: 2 }).rows.map((p) => p.a.name)).toEqual(['Alpha', 'Gamma']);
    expect(visiblePairs(items, { page: 2, pageSize: 2 })).toMatchObject({ total: 3, rows: [{ a: { name: 'Beta' } }] });
    expect(visiblePairs(items, { page: 1, pageSize: 5, sort: 'name' }).rows.map((p) => p.a.name)).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
    ]);
  });

  it('searches both names, ignoring case', () => {
    expect(visiblePairs(items, { page: 1, pageSize: 5, q: 'ALF' }).rows.map((p) => p.a.name)).toEqual(['Alpha']);
    expect(visiblePairs(items, { page: 1, pageSize: 5, q: 'zzz' }).total).toBe(0);
  });

  it('rebuilds the reasons from the data, so they can be translated', () => {
    const area = { id: 'l', slug: 'ladywood', name: 'Ladywood' };
    const reasons = reasonsOf(pair('Alpha', 'Alfa', 0.9, { area, why: ['same website'] }), (n) => `${n * 100}%`);
    expect(reasons).toEqual([
      { key: 'similarName', values: { percent: '90%' } },
      { key: 'sameArea', values: { area: 'Ladywood' } },
      { key: 'sameKind', values: {} },
      { key: 'sameWebsite', values: {} },
    ]);
  });
});
