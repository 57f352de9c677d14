import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, overlaps, parseBbox, parseLayers } from './map.rules';

describe('map rules', () => {
  it('reads a Leaflet bounding box string', () => {
    expect(parseBbox('-1.97,52.48,-1.92,52.5')).toEqual({
      bbox: { minLng: -1.97, minLat: 52.48, maxLng: -1.92, maxLat: 52.5 },
    });
  });

  it('refuses a wrong count, non-numbers, out-of-range values and min above max', () => {
    for (const bad of [
      '',
      '1,2,3',
      '1,2,3,4,5',
      'a,b,c,d',
      '1,2,3,',
      '0x10,1,2,3',
      'Infinity,1,2,3',
      'NaN,1,2,3',
      '-181,0,0,1',
      '0,-91,1,0',
      '0,0,181,1',
      '2,0,1,1',
      '0,2,1,1',
    ]) {
      expect(parseBbox(bad), bad).toHaveProperty('problem');
    }
  });

  it('accepts every in-range box with min <= max, and nothing else', () => {
    const lng = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    fc.assert(
      fc.property(lng, lat, lng, lat, (a, b, c, d) => {
        const r = parseBbox([a, b, c, d].join(','));
        expect('bbox' in r).toBe(a <= c && b <= d);
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => void parseBbox(s)));
  });

  it('reads layers, defaulting to all, and names unknown ones', () => {
    expect(parseLayers(undefined)).toEqual({
      layers: ['areas', 'sites', 'macroAssets', 'opportunities', 'microAssets'],
    });
    expect(parseLayers('areas,sites,areas')).toEqual({ layers: ['areas', 'sites'] });
    expect(parseLayers('areas,homes')).toEqual({ problem: expect.stringContaining('homes') });
  });

  it('tests boxes and points', () => {
    const box = { minLng: 0, minLat: 0, maxLng: 2, maxLat: 2 };
    expect(overlaps(box, { minLng: 2, minLat: 2, maxLng: 3, maxLat: 3 })).toBe(true);
    expect(overlaps(box, { minLng: 2.1, minLat: 0, maxLng: 3, maxLat: 1 })).toBe(false);
    expect(contains(box, 1, 1)).toBe(true);
    expect(contains(box, 3, 1)).toBe(false);
  });
});
