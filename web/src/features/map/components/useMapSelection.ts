import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAreas } from '../../../lib/areas';
import { boundsOf, polygonRings } from '../../../lib/geo';
import type { MapArea } from '../api/map';
import type { PointItem } from './mapItems';
import type { MapFocus } from './MapView';

export type Selection = { type: 'area'; id: string; slug: string; name: string } | { type: 'point'; item: PointItem };

/**
 * What is selected and where the map should go. ?area=slug (from search results or links) selects that area and
 * fits the map to it until the user picks something else.
 */
export function useMapSelection() {
  const [params, setParams] = useSearchParams();
  const areaParam = params.get('area');
  const { data: areas } = useAreas(areaParam !== null);
  const [chosen, setChosen] = useState<{ selection: Selection | null; focus: MapFocus | null } | null>(null);

  const fromParam = useMemo(() => {
    const area = areaParam ? areas?.find((a) => a.slug === areaParam || a.id === areaParam) : undefined;
    if (!area) return null;
    const bounds = boundsOf(polygonRings(area.boundary).flat());
    const point = area.centre ?? undefined;
    return {
      selection: { type: 'area', id: area.id, slug: area.slug, name: area.name } as Selection,
      focus: { key: `areas:${area.id}`, bounds, point } as MapFocus,
    };
  }, [areaParam, areas]);

  const current = chosen ?? fromParam;

  function clearAreaParam() {
    if (!areaParam) return;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete('area');
        return next;
      },
      { replace: true },
    );
  }

  return {
    selection: current?.selection ?? null,
    focus: current?.focus ?? null,
    /** Clicked on the map: select it, but leave the map where the user put it. */
    selectArea: (area: MapArea, move = false) =>
      setChosen({
        selection: { type: 'area', id: area.id, slug: area.slug, name: area.name },
        focus: move
          ? { key: `areas:${area.id}:${Date.now()}`, bounds: boundsOf(polygonRings(area.boundary).flat()) }
          : null,
      }),
    selectPoint: (item: PointItem, move = false) =>
      setChosen({
        selection: { type: 'point', item },
        focus: move ? { key: `${item.layer}:${item.id}:${Date.now()}`, point: { lat: item.lat, lng: item.lng } } : null,
      }),
    clear: () => {
      setChosen({ selection: null, focus: null });
      clearAreaParam();
    },
  };
}
