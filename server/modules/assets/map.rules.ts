/** Map query rules (pure): the viewport box and the layers asked for. */

export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export const mapLayers = ['areas', 'sites', 'macroAssets', 'opportunities', 'microAssets'] as const;
export type MapLayer = (typeof mapLayers)[number];

/** At most this many points per layer in one answer; the client zooms in for more. */
export const pointCap = 1000;

const number = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/** "minLng,minLat,maxLng,maxLat" (the order Leaflet's toBBoxString gives), or why it is not one. */
export function parseBbox(text: string): { bbox: BBox } | { problem: string } {
  const parts = text.split(',');
  if (parts.length !== 4) return { problem: `must be 4 numbers minLng,minLat,maxLng,maxLat; got ${parts.length}` };
  if (!parts.every((p) => number.test(p))) return { problem: 'must be 4 numbers minLng,minLat,maxLng,maxLat' };
  const [minLng, minLat, maxLng, maxLat] = parts.map(Number) as [number, number, number, number];
  if (![minLng, maxLng].every((v) => v >= -180 && v <= 180))
    return { problem: 'longitudes must be between -180 and 180' };
  if (![minLat, maxLat].every((v) => v >= -90 && v <= 90)) return { problem: 'latitudes must be between -90 and 90' };
  if (minLng > maxLng) return { problem: 'minLng is greater than maxLng' };
  if (minLat > maxLat) return { problem: 'minLat is greater than maxLat' };
  return { bbox: { minLng, minLat, maxLng, maxLat } };
}

/** A comma list of layers, or why not; absent or empty means all. */
export function parseLayers(text: string | undefined): { layers: MapLayer[] } | { problem: string } {
  if (text === undefined || text.trim() === '') return { layers: [...mapLayers] };
  const asked = [...new Set(text.split(',').map((l) => l.trim()))];
  const unknown = asked.filter((l) => !(mapLayers as readonly string[]).includes(l));
  if (unknown.length > 0) return { problem: `unknown layer ${unknown.join(', ')}; layers are ${mapLayers.join(', ')}` };
  return { layers: asked as MapLayer[] };
}

/** Do two boxes overlap (touching counts)? */
export function overlaps(a: BBox, b: BBox): boolean {
  return a.minLng <= b.maxLng && b.minLng <= a.maxLng && a.minLat <= b.maxLat && b.minLat <= a.maxLat;
}

export const contains = (box: BBox, lat: number, lng: number): boolean =>
  lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng;
