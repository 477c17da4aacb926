import { request } from '../../api/client';
import {
  ParticipationEvidenceDocument,
  SignatureEvidenceDocument,
} from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import type { GraphEdgeData, GraphNodeData } from '../../graph/elements';
import type { GraphIndex } from '../../graph/graph-index';
import { EDGE_STYLES } from '../../graph/stylesheet';
import Facts from '../../ui/Facts';
import { formatDate } from '../../ui/format-date';
import { formatEnum } from '../../ui/format-enum';
import StatusMessage from '../../ui/StatusMessage';
import Evidence from './Evidence';
import SourceList from './SourceList';
import SourcesDisagree from './SourcesDisagree';

type Props = { edge: GraphEdgeData; graph: GraphIndex; onSelect: (id: string) => void };

/**
 * A signature of one declaration by a state or (`ORGANIZATION_SIGNED`) an organization, with the
 * sentence and source that state it.
 */
function Signature({
  signatory,
  declaration,
}: {
  signatory: GraphNodeData;
  declaration: GraphNodeData;
}) {
  const [load, retry] = useLoad(`signature:${declaration.key}`, (signal) =>
    request(SignatureEvidenceDocument, { id: declaration.key }, { signal }),
  );
  if (load.status === 'idle' || load.status === 'loading') {
    return <StatusMessage kind="loading" text="Loading the evidence…" />;
  }
  if (load.status === 'error')
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  const found = load.data.declaration;
  const signature =
    signatory.kind === 'State'
      ? found?.signatures.find((s) => s.state.code === signatory.key)
      : found?.nonStateSignatures.find((s) => s.organization.id === signatory.key);
  return (
    <>
      <Facts
        rows={[
          ['Declaration', found?.title ?? declaration.name],
          ['Adopted', formatDate(found?.adoptedOn)],
          ['Joined', signature?.signedOn ? formatDate(signature.signedOn) : null],
        ]}
      />
      <h3>Evidence</h3>
      <Evidence evidence={signature?.evidence} />
      {found && <SourceList sources={found.sources} />}
    </>
  );
}

/** A state's standing with an instrument: signature, consent and withdrawal dates, with evidence. */
function Participation({ state, instrument }: { state: GraphNodeData; instrument: GraphNodeData }) {
  const [load, retry] = useLoad(`participation:${instrument.key}`, (signal) =>
    request(ParticipationEvidenceDocument, { id: instrument.key }, { signal }),
  );
  if (load.status === 'idle' || load.status === 'loading') {
    return <StatusMessage kind="loading" text="Loading the evidence…" />;
  }
  if (load.status === 'error')
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  const party = load.data.instrument?.parties.find((p) => p.state.code === state.key);
  if (!party) return <p className="details__none">No participation recorded.</p>;
  return (
    <>
      <Facts
        rows={[
          ['Signed', formatDate(party.signedOn)],
          ['Consent to be bound', party.consentOn ? formatDate(party.consentOn) : null],
          ['How', party.consentType && formatEnum(party.consentType)],
          ['Withdrawn', party.withdrawnOn ? formatDate(party.withdrawnOn) : null],
        ]}
      />
      <SourcesDisagree state={state.key} instrument={instrument.key} />
      <h3>Evidence</h3>
      <Evidence evidence={party.evidence} />
    </>
  );
}

/** Shared declarations whose sources the panel loads, one request each: the newest. */
const SHARED_SHOWN = 20;

/** Two states' shared declarations, each with its sources. */
function Shared({ edge, graph }: { edge: GraphEdgeData; graph: GraphIndex }) {
  const all = edge.shared ?? [];
  const ids = all.slice(0, SHARED_SHOWN);
  const [load, retry] = useLoad(`shared:${ids.join(',')}`, (signal) =>
    Promise.all(ids.map((id) => request(SignatureEvidenceDocument, { id }, { signal }))),
  );
  if (load.status === 'idle' || load.status === 'loading') {
    return <StatusMessage kind="loading" text="Loading the shared declarations…" />;
  }
  if (load.status === 'error')
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  const ends = [edge.source, edge.target].flatMap((id) => graph.node(id) ?? []);
  return (
    <>
      <h3>Shared declarations ({all.length})</h3>
      {all.length > ids.length && (
        <p className="details__meta">
          The newest {ids.length} of {all.length}, with their sources.
        </p>
      )}
      {load.data.map(({ declaration }) =>
        declaration ? (
          <section key={declaration.id} className="shared">
            <h4>
              {declaration.title}
              <span className="details__meta">{formatDate(declaration.adoptedOn)}</span>
            </h4>
            {ends.map((state) => (
              <div key={state.id}>
                <p className="details__meta">{state.name} signed, according to:</p>
                <Evidence
                  evidence={
                    declaration.signatures.find((s) => s.state.code === state.key)?.evidence
                  }
                />
              </div>
            ))}
          </section>
        ) : null,
      )}
    </>
  );
}

/** The details of a relationship: what it says and every source for it. */
export default function EdgeDetails({ edge, graph, onSelect }: Props) {
  const source = graph.node(edge.source);
  const target = graph.node(edge.target);
  if (!source || !target) return <p>This relationship is no longer drawn.</p>;
  const style = EDGE_STYLES[edge.kind];
  const declaration = [source, target].find((node) => node.kind === 'Declaration');
  return (
    <article className="details">
      <p className="details__kind">Relationship · {style.legend}</p>
      <h2>
        <button type="button" className="link-button" onClick={() => onSelect(source.id)}>
          {source.name}
        </button>{' '}
        {edge.kind === 'CO_SIGNED' || edge.kind === 'VOTED_WITH' ? 'and' : style.legend}{' '}
        <button type="button" className="link-button" onClick={() => onSelect(target.id)}>
          {target.name}
        </button>
        {(edge.kind === 'CO_SIGNED' || edge.kind === 'VOTED_WITH') && ` ${style.legend}`}
      </h2>
      {edge.kind === 'VOTED_WITH' && (
        <p>
          {edge.label}. Source: {edge.reportedBy}.
        </p>
      )}
      {(edge.kind === 'SIGNED' || edge.kind === 'ORGANIZATION_SIGNED') && (
        <Signature signatory={source} declaration={target} />
      )}
      {edge.kind === 'PARTY_TO' && <Participation state={source} instrument={target} />}
      {edge.kind === 'CO_SIGNED' && <Shared edge={edge} graph={graph} />}
      {(edge.kind === 'REFERENCES' || edge.kind === 'SUPPORTS') && declaration && (
        <DeclarationSources declaration={declaration} />
      )}
      {edge.kind === 'SUPPLEMENTS' && (
        <p className="details__none">
          From the project’s instrument registry, which follows the UN Treaty Collection.
        </p>
      )}
    </article>
  );
}

/** The sources of the declaration that states a citation or a support. */
function DeclarationSources({ declaration }: { declaration: GraphNodeData }) {
  const [load, retry] = useLoad(`signature:${declaration.key}`, (signal) =>
    request(SignatureEvidenceDocument, { id: declaration.key }, { signal }),
  );
  if (load.status === 'idle' || load.status === 'loading') {
    return <StatusMessage kind="loading" text="Loading the sources…" />;
  }
  if (load.status === 'error')
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  return <SourceList sources={load.data.declaration?.sources ?? []} />;
}
