import { useCallback, useEffect, useMemo, useRef } from 'react';
import { request } from '../api/client';
import { useLoad } from '../api/use-load';
import { joinCorpus } from '../features/corpus/load-corpus';
import { loadInstrumentList, loadReference } from '../features/corpus/reference';
import { useCorpusRows } from '../features/corpus/use-corpus';
import { prepareLayoutWorker } from '../graph/run-layout';
import StatusMessage from '../ui/StatusMessage';
import { useViewState } from './use-view-state';
import Workspace from './Workspace';

/**
 * Loads what every view starts from, side by side: the states and corpus summary, and the
 * declarations the URL asks for with the instruments they cite; then joins them and shows the
 * views. The whole list of instruments follows.
 */
export default function Explorer() {
  const [state, update] = useViewState();
  // While the data loads: a large view's layout then need not wait for its worker to start.
  useEffect(prepareLayoutWorker, []);
  const [reference, retryReference] = useLoad('reference', (signal) =>
    loadReference(request, { signal }),
  );
  const { rows, refining, retry: retryRows } = useCorpusRows(state);
  const joined = useMemo(
    () =>
      reference.status === 'success' && rows.status === 'success'
        ? joinCorpus(rows.data, reference.data.states)
        : null,
    [reference, rows],
  );
  // A new limit reloads the declarations: meanwhile the page keeps its panels and says so,
  // rather than going blank.
  const last = useRef(joined);
  if (joined) last.current = joined;
  const corpus = joined ?? (rows.status === 'loading' ? last.current : null);
  // Every instrument, for the pickers: asked once the first view is in, so it does not delay it.
  // Until then the pickers offer the instruments the declarations cite.
  const [list] = useLoad(corpus ? 'instrument-list' : null, (signal) =>
    loadInstrumentList(request, { signal }),
  );
  const retry = useCallback(() => {
    retryReference();
    retryRows();
  }, [retryReference, retryRows]);

  const failed = reference.status === 'error' ? reference : rows.status === 'error' ? rows : null;
  if (failed) {
    return (
      <main className="app__message">
        <StatusMessage kind="error" error={failed.error} onRetry={retry} />
      </main>
    );
  }
  if (!corpus || reference.status !== 'success') {
    return (
      <main className="app__message">
        <StatusMessage kind="loading" text="Loading declarations…" />
      </main>
    );
  }
  return (
    <Workspace
      state={state}
      update={update}
      corpus={corpus}
      refining={refining || joined === null}
      reference={reference.data}
      instruments={list.status === 'success' ? list.data : corpus.instruments}
      instrumentsComplete={list.status === 'success'}
    />
  );
}
