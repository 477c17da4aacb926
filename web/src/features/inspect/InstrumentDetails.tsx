import { request } from '../../api/client';
import { InstrumentDetailsDocument } from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import { followViewLink, viewLink } from '../../app/view-link';
import Facts from '../../ui/Facts';
import { formatDate } from '../../ui/format-date';
import { formatEnum } from '../../ui/format-enum';
import StatusMessage from '../../ui/StatusMessage';
import type { DetailsProps } from './inspect-context';
import DeclarationList from './DeclarationList';
import NodeLink from './NodeLink';

/**
 * An instrument: its names, kind, dates, what it supplements, how many states joined it, and
 * the organizations (the European Union, agencies) among its parties, listed apart from states.
 */
export default function InstrumentDetails({ node, ...context }: DetailsProps) {
  const id = node.key;
  const [load, retry] = useLoad(`instrument:${id}`, (signal) =>
    request(InstrumentDetailsDocument, { id }, { signal }),
  );
  if (load.status === 'idle' || load.status === 'loading') {
    return <StatusMessage kind="loading" text="Loading the instrument…" />;
  }
  if (load.status === 'error') {
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  }
  const instrument = load.data.instrument;
  if (!instrument) {
    return <StatusMessage kind="empty" text="This instrument is no longer in the graph." />;
  }
  const { supplements, supplementedBy, parties, organizationParties } = instrument;
  const current = parties.filter((party) => !party.withdrawnOn);
  const bound = current.filter((party) => party.consentOn).length;
  const signedOnly = current.filter((party) => party.signedOn && !party.consentOn).length;
  const withdrawn = parties.length - current.length;
  const standing = [`${bound} bound`, `${signedOnly} signed only`];
  if (withdrawn > 0) standing.push(`${withdrawn} withdrawn`);
  const allParties = viewLink({ view: 'treaty', instrument: id });

  return (
    <article className="details">
      <p className="details__kind">Instrument · {formatEnum(instrument.kind)}</p>
      <h2>{instrument.name}</h2>
      <p>
        <a
          href={allParties}
          className="details__action"
          onClick={(event) => {
            event.preventDefault();
            followViewLink(allParties);
          }}
        >
          All parties of this treaty, by year
        </a>
      </p>
      <Facts
        rows={[
          ['Short name', instrument.shortName],
          ['Also known as', instrument.aliases.join('; ')],
          ['UN symbol', instrument.symbol],
          ['UNTC reference', instrument.untcReference],
          ['Adopted', formatDate(instrument.adoptedOn)],
          ['In force since', formatDate(instrument.entryIntoForceOn)],
          [
            'Supplements',
            supplements && (
              <NodeLink target={{ kind: 'Instrument', key: supplements.id }} {...context}>
                {supplements.name}
              </NodeLink>
            ),
          ],
          ['States', parties.length > 0 ? standing.join(', ') : null],
          ['Status data', <StatusData key="data" tables={instrument.coveredBy} />],
        ]}
      />

      {supplementedBy.length > 0 && (
        <>
          <h3>Supplemented by ({supplementedBy.length})</h3>
          <ul className="details__list">
            {supplementedBy.map((protocol) => (
              <li key={protocol.id}>
                <NodeLink target={{ kind: 'Instrument', key: protocol.id }} {...context}>
                  {protocol.name}
                </NodeLink>
              </li>
            ))}
          </ul>
        </>
      )}

      {organizationParties.length > 0 && (
        <>
          <h3>Organizations among its parties ({organizationParties.length})</h3>
          <ul className="details__list" data-party="organization">
            {organizationParties.map((party) => (
              <li key={party.organization.id}>
                <span className="details__kind">Organization</span>{' '}
                <NodeLink
                  target={{ kind: 'Organization', key: party.organization.id }}
                  {...context}
                >
                  {party.organization.name}
                </NodeLink>
                {': '}
                {organizationStanding(party)}
              </li>
            ))}
          </ul>
        </>
      )}

      <DeclarationList
        title="Referenced by"
        declarations={instrument.referencedBy}
        none="No declaration cites it yet."
        {...context}
      />
    </article>
  );
}

type OrganizationParty = {
  signedOn?: string | null;
  consentOn?: string | null;
  consentType?: string | null;
  withdrawnOn?: string | null;
};

/** An organization's standing in words: withdrawn, bound (and how), or signed only. */
function organizationStanding(party: OrganizationParty): string {
  if (party.withdrawnOn) return `withdrew ${formatDate(party.withdrawnOn)}`;
  if (party.consentOn) {
    const how = party.consentType ? ` (${formatEnum(party.consentType)})` : '';
    return `bound ${formatDate(party.consentOn)}${how}`;
  }
  return `signed ${formatDate(party.signedOn)}`;
}

type Table = {
  asOf?: string | null;
  complete: boolean;
  source: { title?: string | null; publisher?: string | null };
};

/**
 * Whether the counts above are the whole picture: the complete table (newest first) that makes
 * an unlisted state "not party", else a warning that unlisted states have no record.
 */
function StatusData({ tables }: { tables: readonly Table[] }) {
  const name = (t: Table) => t.source.publisher ?? t.source.title ?? 'a source';
  const complete = tables
    .filter((t) => t.complete && t.asOf)
    .sort((x, y) => String(y.asOf).localeCompare(String(x.asOf)))[0];
  if (complete) {
    return (
      <span data-note="complete">
        Complete table of {name(complete)} as at {formatDate(complete.asOf)}: states it does not
        list were not party then.
      </span>
    );
  }
  return (
    <span data-note="partial">
      No complete table{tables.length > 0 ? ` (partial: ${tables.map(name).join(', ')})` : ''}:
      states not listed have no record, which is not “not party”.
    </span>
  );
}
