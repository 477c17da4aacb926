import { request } from '../../api/client';
import { StatusAsOfDocument } from '../../api/generated/graphql';
import { useLoad, type LoadState } from '../../api/use-load';
import type { CorpusDeclaration } from '../../graph/elements';
import { paint } from '../../graph/paint';
import { STATUS_STYLES } from '../../graph/palettes';
import { STATUS_KEYS, type Standing } from '../../graph/participation-status';
import { byStanding, createStatusElements } from '../../graph/status-elements';
import { queryText, type ViewModel } from './view-model';

export type StatusView = ViewModel & {
  standings: ReadonlyMap<string, Standing>;
  date: string;
  instrumentName: string;
};

const STATUS_ORDER = STATUS_KEYS.map((key) => STATUS_STYLES[key].legend);

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
    const { elements, standings } = createStatusElements(declaration, data.instrument);
    const { elements: painted, key: colorKey } = paint(elements, {
      title: `Status on ${date}`,
      colouring: byStanding(standings),
      order: STATUS_ORDER,
    });
    return {
      elements: painted,
      colorKey,
      standings,
      date,
      instrumentName: data.instrument.shortName ?? data.instrument.name,
      notices: [],
      empty:
        declaration.signatories.length === 0 ? 'This declaration has no known signatories.' : null,
      query: queryText(StatusAsOfDocument, variables),
    };
  });
}
