import { request } from '../api/client';
import { useLoad } from '../api/use-load';
import { loadReference, type Reference } from '../features/corpus/reference';
import { useCorpus } from '../features/corpus/use-corpus';
import StatusMessage from '../ui/StatusMessage';
import { useViewState } from './use-view-state';
import Workspace from './Workspace';

/** A whole-page notice while what every view starts from loads, or when it failed. */
function PageMessage(props: { error?: Error; text: string; onRetry: () => void }) {
  return (
    <main className="app__message">
      {props.error ? (
        <StatusMessage kind="error" error={props.error} onRetry={props.onRetry} />
      ) : (
        <StatusMessage kind="loading" text={props.text} />
      )}
    </main>
  );
}

/** The declarations the view state asks for, joined to the reference lists, then the views. */
function CorpusExplorer({ reference }: { reference: Reference }) {
  const [state, update] = useViewState();
  const { corpus, refining, retry } = useCorpus(reference, state);
  if (corpus.status !== 'success') {
    const error = corpus.status === 'error' ? corpus.error : undefined;
    return <PageMessage error={error} text="Loading declarations…" onRetry={retry} />;
  }
  return (
    <Workspace
      state={state}
      update={update}
      corpus={corpus.data}
      refining={refining}
      reference={reference}
    />
  );
}

/** Loads the states, instruments and corpus summary every view joins with, then the explorer. */
export default function Explorer() {
  const [reference, retry] = useLoad('reference', (signal) => loadReference(request, { signal }));
  if (reference.status !== 'success') {
    const error = reference.status === 'error' ? reference.error : undefined;
    return <PageMessage error={error} text="Loading states and instruments…" onRetry={retry} />;
  }
  return <CorpusExplorer reference={reference.data} />;
}
