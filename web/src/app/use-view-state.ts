import { useCallback, useEffect, useState } from 'react';
import { formatViewState, parseViewState, type ViewState } from './view-state';

export type UpdateViewState = (change: Partial<ViewState>) => void;

/**
 * The view state, kept in the page URL: every change is written to the address bar, so it can be
 * copied and shared, and Back/Forward restore earlier views. A change of view or selection is a
 * history entry; filters and layouts replace the current entry, so dragging a slider does not
 * flood the history.
 */
export function useViewState(): [ViewState, UpdateViewState] {
  const [state, setState] = useState(() => parseViewState(window.location.search));

  useEffect(() => {
    const restore = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, []);

  const update = useCallback<UpdateViewState>((change) => {
    setState((current) => {
      const next = { ...current, ...change };
      const url = `${window.location.pathname}${formatViewState(next)}`;
      const step = next.view !== current.view || next.selected !== current.selected;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (step) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return [state, update];
}
