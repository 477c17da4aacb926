import { useCallback } from 'react';
import { request } from '../../api/client';
import { useLoad, type LoadState } from '../../api/use-load';
import { corpusWindow } from './corpus-window';
import { loadCorpus, type Corpus, type CorpusWindow } from './load-corpus';
import type { Reference } from './reference';

export type CorpusLoad = {
  /** The newest corpus loaded for the view; while a narrower window loads, the wider one. */
  corpus: LoadState<Corpus>;
  /** A window for the years asked is on its way. */
  refining: boolean;
  retry: () => void;
};

const windowKey = (window: CorpusWindow) => `corpus:${window.limit}:${window.from}:${window.to}`;

/**
 * The declarations a view draws: the newest `limit` of the corpus, and when the years asked for
 * reach past those, the newest `limit` within the years (see {@link corpusWindow}).
 */
export function useCorpus(
  reference: Reference,
  asked: { limit: number; from: number | null; to: number | null },
): CorpusLoad {
  const whole = { limit: asked.limit, from: null, to: null };
  const [newest, retryNewest] = useLoad(windowKey(whole), (signal) =>
    loadCorpus(request, { reference, window: whole }, { signal }),
  );
  const wanted = corpusWindow(asked, newest.status === 'success' ? newest.data : null);
  const narrowed = wanted.from !== null || wanted.to !== null;
  const [windowed, retryWindowed] = useLoad(narrowed ? windowKey(wanted) : null, (signal) =>
    loadCorpus(request, { reference, window: wanted }, { signal }),
  );
  const retry = useCallback(() => {
    retryNewest();
    retryWindowed();
  }, [retryNewest, retryWindowed]);
  if (!narrowed || windowed.status === 'success' || windowed.status === 'error') {
    return { corpus: narrowed ? windowed : newest, refining: false, retry };
  }
  return { corpus: newest, refining: true, retry };
}
