import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBox, centreOf } from './places.rules';

describe('area geometry', () => {
  it('boxes and centres a square', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(boundingBox(square)).toEqual({ minLat: 0, minLng: 0, maxLat: 2, maxLng: 2 });
    expect(centreOf(square)).toEqual({ lat: 1, lng: 1 });
  });

  it('always puts the centre inside the bounding box', () => {
    const pt = fc.tuple(fc.double({ min: -179, max: 179, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));
    fc.assert(
      fc.property(fc.array(pt, { minLength: 3, maxLength: 30 }), (ring) => {
        const geometry = { type: 'Polygon' as const, coordinates: [[...ring, ring[0]!]] };
        const box = boundingBox(geometry)!;
        const c = centreOf(geometry)!;
        expect(c.lat).toBeGreaterThanOrEqual(box.minLat - 1e-9);
        expect(c.lat).toBeLessThanOrEqual(box.maxLat + 1e-9);
        expect(c.lng).toBeGreaterThanOrEqual(box.minLng - 1e-9);
        expect(c.lng).toBeLessThanOrEqual(box.maxLng + 1e-9);
      }),
    );
  });
});
