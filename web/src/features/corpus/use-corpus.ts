import { useCallback } from 'react';
import { request } from '../../api/client';
import { useLoad, type LoadState } from '../../api/use-load';
import { corpusWindow } from './corpus-window';
import { citedIds, loadCitedInstruments } from './cited-instruments';
import { loadCorpusRows, type CitingRows, type CorpusWindow } from './load-corpus';

export type CorpusLoad = {
  /** The newest declarations loaded for the view; while a narrower window loads, the wider one. */
  rows: LoadState<CitingRows>;
  /** A window for the years asked is on its way. */
  refining: boolean;
  retry: () => void;
};

const windowKey = (window: CorpusWindow) => `corpus:${window.limit}:${window.from}:${window.to}`;

/** The window's declarations, then the instruments they cite. */
async function loadWindow(window: CorpusWindow, signal: AbortSignal): Promise<CitingRows> {
  const rows = await loadCorpusRows(request, window, { signal });
  return { ...rows, instruments: await loadCitedInstruments(request, citedIds(rows), { signal }) };
}

/**
 * The declarations a view draws: the newest `limit` of the corpus, and when the years asked for
 * reach past those, the newest `limit` within the years (see {@link corpusWindow}).
 */
export function useCorpusRows(asked: {
  limit: number;
  from: number | null;
  to: number | null;
}): CorpusLoad {
  const whole = { limit: asked.limit, from: null, to: null };
  const [newest, retryNewest] = useLoad(windowKey(whole), (signal) => loadWindow(whole, signal));
  const wanted = corpusWindow(asked, newest.status === 'success' ? newest.data : null);
  const narrowed = wanted.from !== null || wanted.to !== null;
  const [windowed, retryWindowed] = useLoad(narrowed ? windowKey(wanted) : null, (signal) =>
    loadWindow(wanted, signal),
  );
  const retry = useCallback(() => {
    retryNewest();
    retryWindowed();
  }, [retryNewest, retryWindowed]);
  if (!narrowed || windowed.status === 'success' || windowed.status === 'error') {
    return { rows: narrowed ? windowed : newest, refining: false, retry };
  }
  return { rows: newest, refining: true, retry };
}
