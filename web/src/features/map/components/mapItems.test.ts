import { describe, expect, it } from 'vitest';
import type { MapData } from '../api/map';
import { pointHref, pointItems } from './mapItems';

const data: MapData = {
  areas: [],
  sites: [{ id: 's1', slug: 'park', name: 'Park', kind: 'park', lat: 1, lng: 2 }],
  macroAssets: [{ id: 'm1', slug: 'hospital', name: 'Hospital', kind: 'hospital', status: 'complete', lat: 3, lng: 4 }],
  opportunities: [{ id: 'o1', title: 'Porter', kind: 'vacancy', lat: 5, lng: 6 }],
  microAssets: [{ id: 'a1', name: 'Garden', kind: 'green_space', category: 'physical', lat: 7, lng: 8 }],
  truncated: [],
};

describe('pointItems', () => {
  it('flattens the enabled point layers in order', () => {
    expect(
      pointItems(data, ['areas', 'sites', 'macroAssets', 'opportunities', 'microAssets']).map((i) => i.name),
    ).toEqual(['Park', 'Hospital', 'Porter', 'Garden']);
  });

  it('leaves out layers that are switched off', () => {
    expect(pointItems(data, ['opportunities']).map((i) => [i.layer, i.name])).toEqual([['opportunities', 'Porter']]);
    expect(pointItems(undefined, ['sites'])).toEqual([]);
  });
});

describe('pointHref', () => {
  it('links macro-assets by slug, opportunities by id, and sites nowhere', () => {
    const [site, macro, opportunity, micro] = pointItems(data, [
      'sites',
      'macroAssets',
      'opportunities',
      'microAssets',
    ]);
    expect(pointHref(macro!)).toBe('/assets/macro-assets/hospital');
    expect(pointHref(opportunity!)).toBe('/assets/opportunities/o1');
    expect(pointHref(micro!)).toBe('/assets/micro-assets/a1');
    expect(pointHref(site!)).toBeNull();
  });
});
