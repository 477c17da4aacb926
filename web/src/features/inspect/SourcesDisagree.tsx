import { request } from '../../api/client';
import { ParticipationConflictsDocument } from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import { formatDate } from '../../ui/format-date';
import { formatEnum } from '../../ui/format-enum';

type Props = { state: string; instrument: string };

const FIELDS: Record<string, string> = {
  signedOn: 'Signed',
  consentOn: 'Consent to be bound',
  withdrawnOn: 'Withdrawn',
  party: 'Party',
};

/**
 * Where the sources of one participation disagree (UNTC and GGO dates, say): each disputed
 * field with what each source says. Nothing while they agree or cannot be loaded.
 */
export default function SourcesDisagree({ state, instrument }: Props) {
  const [load] = useLoad(`participation-conflicts:${instrument}`, (signal) =>
    request(ParticipationConflictsDocument, { id: instrument }, { signal }),
  );
  if (load.status !== 'success') return null;
  const party = load.data.instrument?.parties.find((p) => p.state.code === state);
  if (!party || party.conflicts.length === 0) return null;
  const said = (claim: (typeof party.conflicts)[number]['claims'][number], field: string) => {
    if (field === 'party') {
      const consent = claim.consentOn ? `consented ${formatDate(claim.consentOn)}` : 'no consent';
      const how = claim.consentType ? ` (${formatEnum(claim.consentType)})` : '';
      return claim.withdrawnOn ? `withdrew ${formatDate(claim.withdrawnOn)}` : consent + how;
    }
    const value = claim[field as 'signedOn' | 'consentOn' | 'withdrawnOn'];
    return value ? formatDate(value) : 'no date';
  };
  return (
    <section className="details__conflicts" aria-label="Sources disagree">
      <h3>Sources disagree</h3>
      {party.conflicts.map((conflict) => (
        <div key={conflict.field}>
          <h4>{FIELDS[conflict.field] ?? conflict.field}</h4>
          <ul>
            {conflict.claims.map((claim) => (
              <li key={claim.source?.id ?? 'unknown'}>
                {claim.source?.title ?? 'An unnamed source'}: {said(claim, conflict.field)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
