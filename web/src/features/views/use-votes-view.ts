import { useMemo } from 'react';
import { request } from '../../api/client';
import {
  NewestRollCallDocument,
  VoteAlignmentDocument,
  VotingNetworkDocument,
  type VoteAlignmentQueryVariables,
  type VotingNetworkQuery,
} from '../../api/generated/graphql';
import { useLoad, type LoadState } from '../../api/use-load';
import { BLOC_ORDER, byCoalition } from '../../graph/coalition-colouring';
import type { CorpusDeclaration } from '../../graph/elements';
import { paint } from '../../graph/paint';
import { blocMembership, createVotingElements, VOTES_SOURCE } from '../../graph/voting-elements';
import { formatShare } from '../../ui/format-share';
import { stateOf, type Reference } from '../corpus/reference';
import { firstDay, lastDay } from '../time/year-days';
import { issueName } from './vote-issues';
import { voteWindow, type VoteWindow } from './vote-window';
import { queryText, type ViewModel } from './view-model';

/**
 * The weakest tie drawn. Within a decade most pairs agree on over half the roll calls, so
 * weaker ties would join everything to everything.
 */
export const TIE_THRESHOLD = 0.85;

export type VotesView = ViewModel & {
  window: VoteWindow;
  /** The topic's name when the roll calls are of one topic; null for every topic. */
  topic: string | null;
  blocs: VotingNetworkQuery['votingBlocs'];
  /** Roll calls in the window (and topic). */
  rollCalls: number;
  /** The declaration whose signatories are ringed, with the coalition check's variables. */
  overlay: { declaration: CorpusDeclaration; variables: VoteAlignmentQueryVariables } | null;
  /** Lines under the title of the PNG and SVG exports. */
  details: string[];
};

/**
 * Votes: the voting affinity network of a window and topic, states coloured by voting bloc,
 * ties of at least {@link TIE_THRESHOLD} agreement, and a declaration's signatories ringed.
 * The window defaults to the decade ending with the newest roll call.
 */
export function useVotesView(input: {
  active: boolean;
  years: { from: number | null; to: number | null };
  issue: string | null;
  declaration: CorpusDeclaration | undefined;
  states: Reference['states'];
  issues: Reference['issues'];
}): [LoadState<VotesView>, () => void] {
  const { active, years, issue, declaration, states, issues } = input;
  const [newest, retryNewest] = useLoad(active ? 'votes:newest' : null, async (signal) => {
    const { rollCalls } = await request(NewestRollCallDocument, {}, { signal });
    const date = rollCalls.edges[0]?.node.date;
    return date ? Number(date.slice(0, 4)) : null;
  });
  const newestYear = newest.status === 'success' ? newest.data : null;
  const { from, to } = years;
  const window = useMemo(
    () => (newestYear ? voteWindow({ from, to }, newestYear) : null),
    [newestYear, from, to],
  );
  const span = useMemo(
    () =>
      window && { from: firstDay(window.from), to: lastDay(window.to), ...(issue && { issue }) },
    [window, issue],
  );
  const variables = span && { ...span, minAgreement: TIE_THRESHOLD };
  const [network, retryNetwork] = useLoad(
    variables && `votes:${JSON.stringify(variables)}`,
    (signal) => request(VotingNetworkDocument, variables ?? { minAgreement: 1 }, { signal }),
  );

  const shown = useMemo((): LoadState<VotesView> => {
    if (newest.status !== 'success') return newest;
    if (!window || !span) {
      return {
        status: 'error',
        error: new Error(
          'No UN General Assembly votes are loaded: import ../shared/data/unga-votes-voeten.',
        ),
      };
    }
    if (network.status !== 'success') return network;
    const { votingBlocs, rollCalls } = network.data;
    const ringed = new Set(declaration?.signatories.map((s) => s.code));
    const elements = createVotingElements({
      network: network.data,
      stateOf: (code) => stateOf(states, code),
      ringed,
    });
    const { elements: painted, key: colorKey } = paint(elements, {
      title: 'Voting blocs',
      colouring: byCoalition(blocMembership(votingBlocs), 'Bloc'),
      order: BLOC_ORDER,
    });
    const overlay = declaration
      ? { declaration, variables: { declaration: declaration.id, ...span } }
      : null;
    const years_ = window.from === window.to ? `${window.from}` : `${window.from}–${window.to}`;
    const topic = issue ? issueName(issues, issue) : null;
    const onTopic = topic ? `on ${topic}` : 'on every topic';
    const drawnRinged = painted.nodes.filter((n) => n.data.ringed).length;
    return {
      status: 'success',
      data: {
        elements: painted,
        colorKey,
        window,
        topic,
        blocs: votingBlocs,
        rollCalls: rollCalls.totalCount,
        overlay,
        notices: [],
        empty:
          rollCalls.totalCount === 0
            ? `No General Assembly roll calls ${onTopic} in ${years_}.`
            : null,
        details: [
          `UN General Assembly roll calls ${onTopic}, ${years_} (${rollCalls.totalCount}); ties of at least ${formatShare(TIE_THRESHOLD)} agreement among each state’s closest partners.`,
          ...(declaration
            ? [`Ringed in black: ${drawnRinged} signatories of “${declaration.title}”.`]
            : []),
          `Votes: ${VOTES_SOURCE}.`,
        ],
        query: [
          queryText(VotingNetworkDocument, { ...span, minAgreement: TIE_THRESHOLD }),
          ...(overlay ? [queryText(VoteAlignmentDocument, overlay.variables)] : []),
        ].join('\n'),
      },
    };
  }, [newest, window, span, network, declaration, states, issue, issues]);

  return [
    shown,
    () => {
      retryNewest();
      retryNetwork();
    },
  ];
}
