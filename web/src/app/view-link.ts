import { formatViewState, parseViewState, type ViewState } from './view-state';

/**
 * The link to the current view changed as asked, leaving out the selection, expansions and
 * dragged positions, which belong to the view left behind.
 * @example viewLink({ view: 'treaty', instrument: 'untoc' }, '?asOf=2014-01-01') // '?view=treaty&instrument=untoc&asOf=2014-01-01'
 */
export function viewLink(change: Partial<ViewState>, search = window.location.search): string {
  const current = parseViewState(search);
  return formatViewState({ ...current, selected: null, expand: [], moved: {}, ...change });
}

/**
 * Follows a {@link viewLink} in place: a history entry, then the popstate the view state
 * listens to, so the page does not reload.
 */
export function followViewLink(link: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${link}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
