/** Pure geometry for areas: bounding boxes and centres from GeoJSON polygons (no PostGIS: PGlite lacks it). */

export type Position = [number, number] | number[];
export interface PolygonGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Position[][] | Position[][][];
}

export interface BBox {
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
}

function positions(geometry: PolygonGeometry): Position[] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as Position[][]).flat()
    : (geometry.coordinates as Position[][][]).flat(2);
}

export function boundingBox(geometry: PolygonGeometry): BBox | null {
  const pts = positions(geometry);
  if (pts.length === 0) return null;
  const lngs = pts.map((p) => Number(p[0]));
  const lats = pts.map((p) => Number(p[1]));
  return { minLat: Math.min(...lats), minLng: Math.min(...lngs), maxLat: Math.max(...lats), maxLng: Math.max(...lngs) };
}

/** The mean of the outer ring's distinct vertices: close enough to place a label or a marker. */
export function centreOf(geometry: PolygonGeometry): { lat: number; lng: number } | null {
  const ring =
    geometry.type === 'Polygon'
      ? (geometry.coordinates as Position[][])[0]
      : (geometry.coordinates as Position[][][])[0]?.[0];
  if (!ring || ring.length === 0) return null;
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first?.[0] === last?.[0] && first?.[1] === last?.[1];
  const pts = closed ? ring.slice(0, -1) : ring;
  const lat = pts.reduce((a, p) => a + Number(p[1]), 0) / pts.length;
  const lng = pts.reduce((a, p) => a + Number(p[0]), 0) / pts.length;
  return { lat, lng };
}
