import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { request } from '../../api/client';
import { useLoad } from '../../api/use-load';
import { createCorpusElements } from '../../graph/elements';
import GraphCanvas from '../../graph/GraphCanvas';
import { createGraphIndex } from '../../graph/graph-index';
import Legend from '../../ui/Legend';
import StatusMessage from '../../ui/StatusMessage';
import InspectPanel from '../inspect/InspectPanel';
import NodePicker from '../search/NodePicker';
import CorpusSummary from './CorpusSummary';
import { loadCorpus, type Corpus } from './load-corpus';

/** The first view: every declaration as a hub with its signatories, citations and supported bodies. */
export default function CorpusView() {
  const [load, retry] = useLoad('corpus', (signal) => loadCorpus(request, { signal }));
  if (load.status === 'error') {
    return (
      <main className="corpus corpus--centred">
        <StatusMessage kind="error" error={load.error} onRetry={retry} />
      </main>
    );
  }
  if (load.status !== 'success') {
    return (
      <main className="corpus corpus--centred">
        <StatusMessage kind="loading" text="Loading declarations…" />
      </main>
    );
  }
  return <CorpusGraph corpus={load.data} />;
}

function CorpusGraph({ corpus }: { corpus: Corpus }) {
  const elements = useMemo(() => createCorpusElements(corpus.declarations), [corpus]);
  const graph = useMemo(() => createGraphIndex(elements), [elements]);
  const regions = useMemo(
    () => new Set(elements.nodes.flatMap(({ data }) => data.region ?? [])),
    [elements],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const close = useCallback(() => setSelectedId(null), []);
  const sideRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // A block body: scrollTo may return a promise, and an effect must return nothing else.
    sideRef.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  return (
    <div className="corpus">
      <main className="corpus__graph">
        <div className="corpus__stage">
          <GraphCanvas
            elements={elements}
            selectedId={selectedId}
            onSelect={setSelectedId}
            toolbarStart={
              <NodePicker graph={graph} selectedId={selectedId} onSelect={setSelectedId} />
            }
          />
          {elements.nodes.length === 0 && (
            <div className="corpus__empty">
              <StatusMessage kind="empty" text="No declarations have been imported yet.">
                <p>
                  Import one with <code>npm run import</code>, then reload this page.
                </p>
              </StatusMessage>
            </div>
          )}
        </div>
        <Legend regions={regions} />
      </main>
      <aside className="corpus__side" ref={sideRef} aria-label="Details">
        {selectedId ? (
          <InspectPanel
            selectedId={selectedId}
            graph={graph}
            onSelect={setSelectedId}
            onClose={close}
          />
        ) : (
          <CorpusSummary corpus={corpus} graph={graph} />
        )}
      </aside>
    </div>
  );
}
