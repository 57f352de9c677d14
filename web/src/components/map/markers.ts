import * as L from 'leaflet';
import { escapeHtml } from './tiles';

export type PointLayer = 'sites' | 'macroAssets' | 'opportunities' | 'microAssets';

/**
 * Markers are drawn with CSS (L.divIcon), never Leaflet's default PNG icons, so nothing is fetched from a CDN
 * and the layers are told apart by shape as well as colour.
 */
export function pointIcon(layer: PointLayer, selected = false): L.DivIcon {
  // At least 24px: a touch target (WCAG 2.2 target size), and still clearly a dot on the map.
  const size = layer === 'macroAssets' ? 28 : 24;
  return L.divIcon({
    className: `useit-marker useit-marker--${layer}${selected ? ' is-selected' : ''}`,
    html: '<span class="useit-marker__shape" aria-hidden="true"></span>',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/** A text label centred on a point (area names and counts); it takes no pointer or keyboard focus. */
export function labelIcon(html: string): L.DivIcon {
  return L.divIcon({
    className: 'useit-label',
    html: `<div class="useit-label__box" dir="auto">${html}</div>`,
    iconSize: [0, 0],
  });
}

/** A cluster of markers: its size is visible, and a screen reader hears what pressing it does. */
export function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 10 ? 32 : count < 100 ? 38 : 44;
  return L.divIcon({
    className: 'useit-cluster',
    html: `<span aria-hidden="true">${count}</span><span class="useit-sr-only">${escapeHtml(label)}</span>`,
    iconSize: [size, size],
  });
}
