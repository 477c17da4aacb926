/** A label's box in model coordinates, and how much it matters (hubs and busy states first). */
export type LabelBox = { id: string; x1: number; y1: number; x2: number; y2: number; rank: number };

/**
 * The labels to hide so that none overlaps another: greedily, the higher `rank` (then the id)
 * keeps its label and any label it would overlap gives way. Labels scale with the zoom, so
 * boxes in model coordinates overlap at every zoom alike.
 * @example collidingLabels(boxes) // Set { 'BHR', 'QAT' }
 */
export function collidingLabels(boxes: readonly LabelBox[]): Set<string> {
  const order = [...boxes].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
  const kept: LabelBox[] = [];
  const hidden = new Set<string>();
  for (const box of order) {
    const overlaps = kept.some(
      (k) => box.x1 < k.x2 && k.x1 < box.x2 && box.y1 < k.y2 && k.y1 < box.y2,
    );
    if (overlaps) hidden.add(box.id);
    else kept.push(box);
  }
  return hidden;
}
