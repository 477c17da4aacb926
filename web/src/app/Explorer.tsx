import { useCallback, useEffect, useMemo, useRef } from 'react';
import { request } from '../api/client';
import { useLoad } from '../api/use-load';
import { joinCorpus } from '../features/corpus/load-corpus';
import { loadReference } from '../features/corpus/reference';
import { useCorpusRows } from '../features/corpus/use-corpus';
import { prepareLayoutWorker } from '../graph/run-layout';
import StatusMessage from '../ui/StatusMessage';
import { useViewState } from './use-view-state';
import Workspace from './Workspace';

/**
 * Loads what every view starts from, side by side: the states, instruments and corpus summary,
 * and the declarations the URL asks for; then joins them and shows the views.
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
        ? joinCorpus(rows.data, reference.data)
        : null,
    [reference, rows],
  );
  // A new limit reloads the declarations: meanwhile the page keeps its panels and says so,
  // rather than going blank.
  const last = useRef(joined);
  if (joined) last.current = joined;
  const corpus = joined ?? (rows.status === 'loading' ? last.current : null);
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
    />
  );
}
