import type { PointLayer } from '../../../components/map/markers';
import type { MapData, MapLayer } from '../api/map';

/** A point on the map, whatever its layer: what the markers, the side panel and the list view share. */
export type PointItem = {
  layer: PointLayer;
  id: string;
  slug?: string;
  name: string;
  kind: string;
  /** status for macro-assets, category for micro-assets */
  detail?: string;
  lat: number;
  lng: number;
};

export const pointLayers: readonly PointLayer[] = ['sites', 'macroAssets', 'opportunities', 'microAssets'];

/** The points of the enabled layers, in layer order. Areas are drawn as shapes, not points. */
export function pointItems(data: MapData | undefined, layers: readonly MapLayer[]): PointItem[] {
  if (!data) return [];
  const on = (layer: MapLayer) => layers.includes(layer);
  return [
    ...(on('sites') ? data.sites.map((s) => ({ layer: 'sites' as const, ...s })) : []),
    ...(on('macroAssets')
      ? data.macroAssets.map(({ status, ...m }) => ({ layer: 'macroAssets' as const, detail: status, ...m }))
      : []),
    ...(on('opportunities')
      ? data.opportunities.map(({ title, ...o }) => ({ layer: 'opportunities' as const, name: title, ...o }))
      : []),
    ...(on('microAssets')
      ? data.microAssets.map(({ category, ...m }) => ({ layer: 'microAssets' as const, detail: category, ...m }))
      : []),
  ];
}

/** The page a point links to, if it has one. */
export function pointHref(item: PointItem): string | null {
  switch (item.layer) {
    case 'macroAssets':
      return `/assets/macro-assets/${encodeURIComponent(item.slug ?? item.id)}`;
    case 'opportunities':
      return `/assets/opportunities/${encodeURIComponent(item.id)}`;
    case 'microAssets':
      return `/assets/micro-assets/${encodeURIComponent(item.id)}`;
    default:
      return null;
  }
}

export const itemKey = (item: { layer: string; id: string }) => `${item.layer}:${item.id}`;
