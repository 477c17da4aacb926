import { InstrumentPartiesDocument } from '../../api/generated/graphql';
import { MAX_PAGE_SIZE } from '../../api/load-pages';
import { byCoalition, COALITION_ORDER, type Membership } from '../../graph/coalition-colouring';
import { createCoSignatureElements } from '../../graph/co-signature-elements';
import {
  createCorpusElements,
  type CorpusDeclaration,
  type GraphElements,
} from '../../graph/elements';
import { expandNeighbours, type Expansion } from '../../graph/expand-neighbours';
import { withParties, type PartyInstrument } from '../../graph/party-elements';
import { byRegion, paint, REGION_ORDER } from '../../graph/paint';
import { statusScheme } from '../../graph/status-colouring';
import type { ColorKey, ViewState } from '../../app/view-state';
import type { CorpusWindow } from '../corpus/load-corpus';
import { referenceQuery } from '../corpus/reference';
import type { StatusColouring } from './use-status-colouring';
import { queryText, type ViewModel } from './view-model';
import { viewCorpusQuery } from './view-query';

type Input = {
  /** Every loaded declaration: what expanding a node draws its hidden neighbours from. */
  all: readonly CorpusDeclaration[];
  /** The declarations the filters keep (see `filterDeclarations`). */
  declarations: readonly CorpusDeclaration[];
  state: ViewState;
  colorBy: ColorKey;
  /** Detected coalitions, when the API has answered; colouring by coalition needs them. */
  membership: Membership | null;
  /** Every state's standing towards the chosen instrument; colouring by status needs it. */
  status: StatusColouring | null;
  /** Instruments with their parties, drawn around the instruments in Signatories. */
  instruments: readonly PartyInstrument[];
  /** Parties count as of this date. */
  date: string;
  /** Which declarations were loaded, for the query export. */
  window: CorpusWindow;
};

function colour(input: Input, elements: GraphElements) {
  if (input.colorBy === 'status' && input.status) {
    const { standings, instrumentName, date } = input.status;
    return paint(elements, statusScheme(standings, { instrument: instrumentName, date }));
  }
  if (input.colorBy === 'coalition' && input.membership) {
    return paint(elements, {
      title: 'States by coalition',
      colouring: byCoalition(input.membership),
      order: COALITION_ORDER,
    });
  }
  return paint(elements, {
    title: 'States by UN region',
    colouring: byRegion,
    order: REGION_ORDER,
  });
}

function why(state: ViewState): string {
  const filtered =
    state.regions.length > 0 || state.declaration || state.instrument || state.from || state.to;
  return filtered
    ? 'No declaration matches these filters. Widen the years or clear a filter.'
    : 'No declarations have been imported yet. Import one with `npm run import`.';
}

function describe(expansion: Expansion): string {
  if (expansion.added === 0) return `${expansion.name}: every neighbour is already shown.`;
  const more = expansion.more > 0 ? `, and ${expansion.more} more not shown` : '';
  return `${expansion.name}: ${expansion.added} hidden neighbour${expansion.added === 1 ? '' : 's'} shown${more}.`;
}

/** Draws declarations; `full` is the unfiltered graph that expansion takes neighbours from. */
type Create = (declarations: readonly CorpusDeclaration[], full: boolean) => GraphElements;

function build(input: Input, create: Create, query: string): ViewModel {
  const shown = create(input.declarations, false);
  const { elements: expanded, expansions } =
    input.state.expand.length > 0
      ? expandNeighbours(shown, create(input.all, true), { ids: input.state.expand })
      : { elements: shown, expansions: [] };
  const { elements, key } = colour(input, expanded);
  return {
    elements,
    colorKey: key,
    empty: elements.nodes.length === 0 ? why(input.state) : null,
    query,
    notices: expansions.map(describe),
  };
}

/**
 * Signatories: declarations as hubs with their signatories, citations and supported bodies, and
 * the cited instruments as hubs of the drawn states that were party to them. Expanding an
 * instrument adds parties that signed none of the drawn declarations.
 */
export function buildSignatoriesView(input: Input): ViewModel {
  return build(
    input,
    (declarations, full) =>
      withParties(createCorpusElements(declarations), input.instruments, {
        date: input.date,
        addStates: full,
      }),
    [
      viewCorpusQuery(input.state, input.window),
      referenceQuery,
      queryText(InstrumentPartiesDocument, {
        ids: input.instruments.map((i) => i.id),
        first: MAX_PAGE_SIZE,
        after: null,
      }),
    ].join('\n'),
  );
}

/** Coalitions: the state–state co-signature network, weighted by shared declarations. */
export function buildCoalitionsView(input: Input): ViewModel {
  return build(
    input,
    (declarations) => createCoSignatureElements(declarations),
    `${viewCorpusQuery(input.state, input.window)}\n${referenceQuery}`,
  );
}
