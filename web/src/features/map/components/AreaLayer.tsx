import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, Pane, Polygon, useMap, useMapEvents } from 'react-leaflet';
import { labelIcon } from '../../../components/map/markers';
import { escapeHtml } from '../../../components/map/tiles';
import { formatCount } from '../../../lib/counts';
import { boundsOf, polygonRings } from '../../../lib/geo';
import type { MapArea } from '../api/map';
import { labelSize, placeLabels } from './labelPlacement';

type Props = { areas: MapArea[]; selectedId: string | null; showCounts: boolean; onSelect: (area: MapArea) => void };

/** The label drawn in an area: its name and its three counts, each after the swatch the legend explains. */
export function areaLabelHtml(area: MapArea, language: string, showCounts: boolean): string {
  const name = `<div class="useit-label__name">${escapeHtml(area.name)}</div>`;
  if (!showCounts) return name;
  const { residentAssets, microAssets, opportunities } = area.counts;
  const count = (kind: string, value: number | null) =>
    `<span class="useit-count"><span class="useit-swatch useit-swatch--${kind}"></span>${escapeHtml(formatCount(value, language))}</span>`;
  return `${name}<div class="useit-label__counts" dir="ltr">${count('residents', residentAssets)}${count('micro', microAssets)}${count('opportunities', opportunities)}</div>`;
}

function labelPosition(area: MapArea): [number, number] | null {
  if (area.centre) return [area.centre.lat, area.centre.lng];
  const box = boundsOf(polygonRings(area.boundary).flat());
  return box ? [(box.south + box.north) / 2, (box.west + box.east) / 2] : null;
}

/**
 * Areas as outlined shapes with a label of counts. Residents' assets appear only here, as a count per area (under
 * 5 shown as "<5"): a resident's asset is never a point on the map.
 */
export function AreaLayer({ areas, selectedId, showCounts, onSelect }: Props) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  // Which labels fit: the selected area first, then the larger areas; recomputed on zoom, not on pan.
  const labelled = useMemo(() => {
    const boxes = areas.flatMap((area) => {
      const position = labelPosition(area);
      if (!position) return [];
      const { x, y } = map.project(position, zoom);
      const extent = boundsOf(polygonRings(area.boundary).flat());
      const size = extent ? (extent.east - extent.west) * (extent.north - extent.south) : 0;
      return [
        { id: area.id, x, y, ...labelSize(area.name, showCounts), priority: area.id === selectedId ? Infinity : size },
      ];
    });
    return placeLabels(boxes);
  }, [areas, map, zoom, selectedId, showCounts]);

  return (
    <>
      {areas.map((area) =>
        polygonRings(area.boundary).map((ring, index) => (
          <Polygon
            key={`${area.id}-${index}`}
            positions={ring}
            pathOptions={{
              color: area.id === selectedId ? '#1f2937' : '#364fc7',
              weight: area.id === selectedId ? 3 : 1.5,
              fillColor: '#4c6ef5',
              fillOpacity: area.id === selectedId ? 0.18 : 0.06,
            }}
            eventHandlers={{ click: () => onSelect(area) }}
          />
        )),
      )}
      {/* Labels get their own pane: above the shapes, below every marker, so they never hide something clickable. */}
      <Pane name="area-labels" style={{ zIndex: 450, pointerEvents: 'none' }}>
        {areas.map((area) => {
          const position = labelPosition(area);
          if (!position || !labelled.has(area.id)) return null;
          return (
            <Marker
              key={area.id}
              position={position}
              icon={labelIcon(areaLabelHtml(area, language, showCounts))}
              interactive={false}
              keyboard={false}
            />
          );
        })}
      </Pane>
    </>
  );
}
