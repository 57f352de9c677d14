/**
 * Area labels collide where areas overlap. Labels are placed greedily by priority in map pixels and a label
 * that would overlap one already placed is left out: zooming in makes room for it, and the list view and
 * side panel always give every area's counts.
 */
export type LabelBox = { id: string; x: number; y: number; width: number; height: number; priority: number };

function overlaps(a: LabelBox, b: LabelBox, gap: number): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width + gap * 2 && Math.abs(a.y - b.y) * 2 < a.height + b.height + gap * 2
  );
}

/** The ids of the labels that can be drawn without overlapping (boxes are centred on x, y). */
export function placeLabels(boxes: LabelBox[], gap = 4): Set<string> {
  const placed: LabelBox[] = [];
  for (const box of [...boxes].sort((a, b) => b.priority - a.priority)) {
    if (!placed.some((other) => overlaps(box, other, gap))) placed.push(box);
  }
  return new Set(placed.map((box) => box.id));
}

/** A label's size in pixels, estimated from its text (12px type, a line of counts under the name). */
export function labelSize(name: string, withCounts: boolean): { width: number; height: number } {
  return { width: Math.max(name.length * 7, withCounts ? 100 : 0) + 14, height: withCounts ? 38 : 20 };
}
