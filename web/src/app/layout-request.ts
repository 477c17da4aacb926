import type { LayoutKey } from '../graph/layouts';
import type { LayoutRequest } from '../graph/run-layout';
import type { ViewKey } from './view-state';

/**
 * The layout a view is drawn with: Geography is always geographic; Treaty status, Treaty parties
 * and Compare
 * line their groups up in bands (in legend order) unless the user picked a layout.
 * @example layoutRequest('compare', 'auto', ['Only A', 'Both', 'Only B']) // { bands: [...] }
 */
export function layoutRequest(
  view: ViewKey,
  chosen: LayoutKey,
  groups: readonly string[],
): LayoutRequest {
  if (view === 'map') return 'geographic';
  const banded = view === 'status' || view === 'treaty' || view === 'compare';
  if (banded && chosen === 'auto') return { bands: groups };
  return chosen;
}
