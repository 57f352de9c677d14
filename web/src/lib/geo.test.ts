import { describe, expect, it } from 'vitest';
import { boundsOf, formatBbox, polygonRings } from './geo';

describe('formatBbox', () => {
  it('writes minLng,minLat,maxLng,maxLat rounded outwards', () => {
    expect(formatBbox({ west: -1.96543, south: 52.48012, east: -1.92011, north: 52.49999 })).toBe(
      '-1.966,52.48,-1.92,52.5',
    );
  });

  it('gives the same box for a small pan', () => {
    const a = formatBbox({ west: -1.9651, south: 52.4801, east: -1.9201, north: 52.4951 });
    const b = formatBbox({ west: -1.9652, south: 52.4802, east: -1.9202, north: 52.4952 });
    expect(a).toBe(b);
  });

  it('clamps to the world', () => {
    expect(formatBbox({ west: -200, south: -95, east: 200, north: 95 })).toBe('-180,-90,180,90');
  });
});

describe('polygonRings', () => {
  const square = [
    [
      [-1.9, 52.4],
      [-1.8, 52.4],
      [-1.8, 52.5],
      [-1.9, 52.4],
    ],
  ];

  it('turns GeoJSON [lng, lat] into Leaflet [lat, lng]', () => {
    expect(polygonRings({ type: 'Polygon', coordinates: square })).toEqual([
      [
        [52.4, -1.9],
        [52.4, -1.8],
        [52.5, -1.8],
        [52.4, -1.9],
      ],
    ]);
  });

  it('reads MultiPolygons and Features', () => {
    expect(polygonRings({ type: 'MultiPolygon', coordinates: [square, square] })).toHaveLength(2);
    expect(polygonRings({ type: 'Feature', geometry: { type: 'Polygon', coordinates: square } })).toHaveLength(1);
  });

  it('ignores anything that is not a polygon', () => {
    expect(polygonRings(null)).toEqual([]);
    expect(polygonRings({ type: 'Point', coordinates: [1, 2] })).toEqual([]);
    expect(polygonRings({ type: 'Polygon', coordinates: [[['x', 1]]] })).toEqual([]);
  });
});

describe('boundsOf', () => {
  it('boxes points', () => {
    expect(
      boundsOf([
        [52.4, -1.9],
        [52.5, -1.8],
      ]),
    ).toEqual({ west: -1.9, south: 52.4, east: -1.8, north: 52.5 });
    expect(boundsOf([])).toBeUndefined();
  });
});
