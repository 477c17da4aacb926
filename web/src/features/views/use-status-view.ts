import { request } from '../../api/client';
import { StatusAsOfDocument } from '../../api/generated/graphql';
import { useLoad, type LoadState } from '../../api/use-load';
import type { CorpusDeclaration } from '../../graph/elements';
import { createStatusElements } from '../../graph/status-elements';
import { paintStandings, type PaintedStandings } from './paint-standings';
import { queryText, type ViewModel } from './view-model';

export type StatusView = ViewModel &
  PaintedStandings & {
    instrumentName: string;
  };

/**
 * Treaty status: the chosen declaration's signatories, coloured by their standing towards the
 * chosen instrument on `date`.
 */
export function useStatusView(input: {
  declaration: CorpusDeclaration | undefined;
  instrument: string | null;
  date: string;
}): [LoadState<StatusView>, () => void] {
  const { declaration, instrument, date } = input;
  const key = declaration && instrument ? `status:${declaration.id}:${instrument}:${date}` : null;
  return useLoad(key, async (signal) => {
    if (!declaration || !instrument) throw new Error('Pick a declaration and an instrument.');
    // Ask for every signatory, so that each answer says NOT_PARTY or NO_RECORD, with its source.
    const states = [...new Set(declaration.signatories.map((s) => s.code))].sort();
    const variables = { id: instrument, date, states };
    const data = await request(StatusAsOfDocument, variables, { signal });
    if (!data.instrument) throw new Error(`No instrument with id ${instrument}.`);
    const painted = paintStandings(createStatusElements(declaration, data.instrument), date);
    return {
      ...painted,
      instrumentName: data.instrument.shortName ?? data.instrument.name,
      notices: [],
      empty:
        declaration.signatories.length === 0 ? 'This declaration has no known signatories.' : null,
      query: queryText(StatusAsOfDocument, variables),
    };
  });
}
