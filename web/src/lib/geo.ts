/** Geometry helpers for the maps. GeoJSON orders coordinates [lng, lat]; Leaflet wants [lat, lng]. */

export type LatLng = { lat: number; lng: number };
export type Bounds = { west: number; south: number; east: number; north: number };
/** Leaflet's order: [lat, lng]. */
export type LatLngTuple = [number, number];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The map endpoint's ?bbox=minLng,minLat,maxLng,maxLat. Edges are rounded outwards to a grid (about 100 m at
 * 3 decimals), so the box still covers the viewport and a small pan asks for the same, cached, box.
 */
export function formatBbox(bounds: Bounds, decimals = 3): string {
  const factor = 10 ** decimals;
  const down = (value: number) => Math.floor(value * factor) / factor;
  const up = (value: number) => Math.ceil(value * factor) / factor;
  const west = clamp(down(bounds.west), -180, 180);
  const south = clamp(down(bounds.south), -90, 90);
  const east = clamp(up(bounds.east), -180, 180);
  const north = clamp(up(bounds.north), -90, 90);
  return [west, south, east, north].map((value) => String(Number(value.toFixed(decimals)))).join(',');
}

function isPosition(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

function toRing(ring: unknown): LatLngTuple[] {
  if (!Array.isArray(ring)) return [];
  return ring.filter(isPosition).map(([lng, lat]) => [lat, lng]);
}

/**
 * The outer rings of a GeoJSON Polygon or MultiPolygon (a bare geometry or a Feature) as Leaflet positions.
 * Anything else, including null or malformed data, gives no rings: a bad boundary must not break the page.
 */
export function polygonRings(geometry: unknown): LatLngTuple[][] {
  if (typeof geometry !== 'object' || geometry === null) return [];
  const g = geometry as { type?: unknown; coordinates?: unknown; geometry?: unknown };
  if (g.type === 'Feature') return polygonRings(g.geometry);
  if (!Array.isArray(g.coordinates)) return [];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polygons
    .map((polygon: unknown) => (Array.isArray(polygon) ? toRing(polygon[0]) : []))
    .filter((ring) => ring.length >= 3);
}

/** The smallest box around some positions, or undefined for none. */
export function boundsOf(points: LatLngTuple[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const lats = points.map((p) => p[0]);
  const lngs = points.map((p) => p[1]);
  return { west: Math.min(...lngs), south: Math.min(...lats), east: Math.max(...lngs), north: Math.max(...lats) };
}
