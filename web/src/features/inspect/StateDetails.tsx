import { request } from '../../api/client';
import { StateDetailsDocument } from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import Facts from '../../ui/Facts';
import { formatDate } from '../../ui/format-date';
import { formatEnum } from '../../ui/format-enum';
import StatusMessage from '../../ui/StatusMessage';
import type { DetailsProps } from './inspect-context';
import DeclarationList from './DeclarationList';
import NodeLink from './NodeLink';
import SourceNote from './SourceNote';

/** A state: names, region, the declarations it signed and the treaties it is party to. */
export default function StateDetails({ node, ...context }: DetailsProps) {
  const code = node.key;
  const [load, retry] = useLoad(`state:${code}`, (signal) =>
    request(StateDetailsDocument, { code }, { signal }),
  );
  if (load.status === 'idle' || load.status === 'loading') {
    return <StatusMessage kind="loading" text="Loading the state…" />;
  }
  if (load.status === 'error')
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  const state = load.data.state;
  if (!state) return <StatusMessage kind="empty" text={`No state with code ${code}.`} />;

  return (
    <article className="details">
      <p className="details__kind">State</p>
      <h2>{state.name}</h2>
      <Facts
        rows={[
          ['Official name', state.officialName],
          ['ISO code', <code key="code">{state.code}</code>],
          ['UN region', state.region ?? '—'],
          ['Subregion', state.subregion ?? '—'],
          ['UN membership', state.unMember && formatEnum(state.unMember)],
        ]}
      />

      <DeclarationList
        title="Declarations signed"
        declarations={state.signed}
        none="None recorded."
        {...context}
      />

      <h3>Treaty participation ({state.partyTo.length})</h3>
      {state.partyTo.length === 0 ? (
        <p className="details__none">None recorded.</p>
      ) : (
        <table className="details__table">
          <thead>
            <tr>
              <th scope="col">Instrument</th>
              <th scope="col">Signed</th>
              <th scope="col">Consent to be bound</th>
            </tr>
          </thead>
          <tbody>
            {state.partyTo.map(
              ({ instrument, signedOn, consentOn, consentType, withdrawnOn, evidence }) => (
                <tr key={instrument.id}>
                  <td>
                    <NodeLink target={{ kind: 'Instrument', key: instrument.id }} {...context}>
                      <span title={instrument.name}>{instrument.shortName ?? instrument.name}</span>
                    </NodeLink>
                  </td>
                  <td>{formatDate(signedOn)}</td>
                  <td>
                    {formatDate(consentOn)}
                    {consentType && (
                      <span className="details__meta">{formatEnum(consentType)}</span>
                    )}
                    {withdrawnOn && (
                      <span className="details__meta">Withdrawn {formatDate(withdrawnOn)}</span>
                    )}
                    <SourceNote evidence={evidence} />
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </article>
  );
}
