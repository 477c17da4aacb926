import { request } from '../../api/client';
import { VoteAlignmentDocument } from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import { byCoalition } from '../../graph/coalition-colouring';
import type { GraphIndex } from '../../graph/graph-index';
import { blocMembership } from '../../graph/voting-elements';
import Facts from '../../ui/Facts';
import { formatShare } from '../../ui/format-share';
import StatusMessage from '../../ui/StatusMessage';
import StateGroups from '../summary/StateGroups';
import { TIE_THRESHOLD, type VotesView } from '../views/use-votes-view';

type Props = { view: VotesView; graph: GraphIndex; onSelect: (id: string) => void };

/** The Votes view in words: the window, the tie threshold, the coalition check and the blocs. */
export default function VotesSummary({ view, graph, onSelect }: Props) {
  const { window, topic, blocs, rollCalls, overlay, elements } = view;
  const colouring = byCoalition(blocMembership(blocs), 'Bloc');
  const name = (code: string) => graph.node(code)?.name ?? code;
  return (
    <section className="summary" aria-label="Votes summary">
      <h2>Who votes together</h2>
      <p className="summary__hint">
        {elements.nodes.length} states voted in {rollCalls} UN General Assembly roll calls
        {topic ? ` on ${topic}` : ''} in {window.from}–{window.to}. Lines join states that voted
        alike in at least {formatShare(TIE_THRESHOLD)} of the roll calls both voted in, among each
        state’s five closest partners; thicker is closer. Colours are voting blocs. Select a state
        or a line for its agreement by year.
      </p>
      {overlay ? (
        <CoalitionCheck
          title={overlay.declaration.title}
          variables={overlay.variables}
          onSelect={onSelect}
        />
      ) : (
        <p className="summary__hint">
          Pick a declaration in the left panel to ring its signatories and check how they vote.
        </p>
      )}
      <h3>Voting blocs ({blocs.length})</h3>
      <StateGroups
        onSelect={onSelect}
        groups={blocs.map((bloc) => {
          const code = bloc.members[0]?.code ?? '';
          const paint = colouring({ id: code, key: code, kind: 'State', label: '', name: '' });
          return {
            key: bloc.id,
            title: `${paint?.label ?? 'Bloc'} · ${formatShare(bloc.cohesion)} agreement within`,
            color: paint?.color ?? '#B0B0B0',
            states: bloc.members.map((m) => ({ code: m.code, name: name(m.code) })),
          };
        })}
      />
    </section>
  );
}

type CheckProps = {
  title: string;
  variables: NonNullable<VotesView['overlay']>['variables'];
  onSelect: (id: string) => void;
};

/** How the declaration's signatories vote together, from `voteAlignment`. */
function CoalitionCheck({ title, variables, onSelect }: CheckProps) {
  const [load, retry] = useLoad(`alignment:${JSON.stringify(variables)}`, (signal) =>
    request(VoteAlignmentDocument, variables, { signal }),
  );
  if (load.status === 'error') {
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  }
  if (load.status !== 'success') {
    return <StatusMessage kind="loading" text="Checking how the signatories vote…" />;
  }
  const check = load.data.voteAlignment;
  const link = (state: { code: string; name: string }, agreement?: number | null) => (
    <>
      <button type="button" className="link-button" onClick={() => onSelect(state.code)}>
        {state.name}
      </button>
      {typeof agreement === 'number' && ` (${formatShare(agreement)})`}
    </>
  );
  return (
    <section className="coalition-check" aria-label="Coalition check">
      <h3>Coalition check: the signatories of “{title}”</h3>
      <p className="summary__hint">
        Ringed in black. Each signatory’s agreement is its mean agreement with the others.
      </p>
      <Facts
        rows={[
          [
            'Mean agreement',
            typeof check.meanAgreement === 'number' ? formatShare(check.meanAgreement) : null,
          ],
          ['Signatories with votes', String(check.members.length)],
          [
            'Most aligned',
            check.mostAligned && link(check.mostAligned.state, check.mostAligned.agreement),
          ],
          [
            'Least aligned',
            check.leastAligned && link(check.leastAligned.state, check.leastAligned.agreement),
          ],
          ['No votes in the window', check.withoutVotes.map((s) => s.name).join(', ')],
        ]}
      />
      <h4>Votes with them, not party to every instrument they cite</h4>
      {check.votesWithButNotParty.length === 0 ? (
        <p className="details__none">None.</p>
      ) : (
        <ul className="details__list details__list--compact" data-list="votes-with-not-party">
          {check.votesWithButNotParty.map((row) => (
            <li key={row.state.code}>
              {link(row.state, row.agreement)}
              <span className="details__meta">
                {row.signatory ? 'signatory; ' : ''}not party to{' '}
                {row.instruments.map((i) => i.shortName ?? i.name).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
