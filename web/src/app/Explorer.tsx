import { useCallback, useMemo } from 'react';
import { request } from '../api/client';
import { useLoad, type LoadState } from '../api/use-load';
import { loadCorpus, type Corpus } from '../features/corpus/load-corpus';
import { loadInstruments } from '../features/views/load-instruments';
import StatusMessage from '../ui/StatusMessage';
import Workspace from './Workspace';

/** Loads what every view starts from, the corpus and the instrument list, then shows the views. */
export default function Explorer() {
  const [corpus, retryCorpus] = useLoad('corpus', (signal) => loadCorpus(request, { signal }));
  const [instruments, retryInstruments] = useLoad('instruments', (signal) =>
    loadInstruments(request, { signal }),
  );
  const retry = useCallback(() => {
    retryCorpus();
    retryInstruments();
  }, [retryCorpus, retryInstruments]);

  const failed = [corpus, instruments].find(
    (load): load is Extract<LoadState<unknown>, { status: 'error' }> => load.status === 'error',
  );
  const ready = useMemo(
    () =>
      corpus.status === 'success' && instruments.status === 'success'
        ? { corpus: corpus.data, instruments: instruments.data }
        : null,
    [corpus, instruments],
  );
  if (failed) {
    return (
      <main className="app__message">
        <StatusMessage kind="error" error={failed.error} onRetry={retry} />
      </main>
    );
  }
  if (!ready) {
    return (
      <main className="app__message">
        <StatusMessage kind="loading" text="Loading declarations…" />
      </main>
    );
  }
  return <Workspace corpus={ready.corpus as Corpus} instruments={ready.instruments} />;
}
