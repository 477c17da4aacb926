import { request } from '../../api/client';
import { TreatyPartiesDocument } from '../../api/generated/graphql';
import { useLoad, type LoadState } from '../../api/use-load';
import { blocksNote } from '../../graph/blocks-note';
import { createTreatyElements } from '../../graph/treaty-elements';
import { yearCounts, type YearCounts } from '../treaty/year-counts';
import { paintStandings, type PaintedStandings } from './paint-standings';
import { queryText, type ViewModel } from './view-model';

export type TreatyView = ViewModel &
  PaintedStandings & {
    instrumentId: string;
    instrumentName: string;
    /** Signatures, consents and withdrawals per year up to the date. */
    years: YearCounts;
  };

/**
 * Treaty parties: every state with a record for the instrument (not only a declaration's
 * signatories) and every organization party to it, coloured by its standing on `date`, with the
 * years they joined.
 */
export function useTreatyView(input: {
  instrument: string | null;
  date: string;
}): [LoadState<TreatyView>, () => void] {
  const { instrument, date } = input;
  const key = instrument ? `treaty:${instrument}:${date}` : null;
  return useLoad(key, async (signal) => {
    if (!instrument) throw new Error('Pick an instrument.');
    const variables = { id: instrument, date };
    const data = await request(TreatyPartiesDocument, variables, { signal });
    if (!data.instrument) throw new Error(`No instrument with id ${instrument}.`);
    const painted = paintStandings(createTreatyElements(data.instrument), date);
    const { standings } = painted;
    return {
      ...painted,
      instrumentId: data.instrument.id,
      instrumentName: data.instrument.shortName ?? data.instrument.name,
      years: yearCounts([...data.instrument.parties, ...data.instrument.organizationParties], date),
      notices: [],
      blocks: blocksNote(standings.size),
      empty: standings.size === 0 ? 'No state has a signature or consent recorded for it.' : null,
      query: queryText(TreatyPartiesDocument, variables),
    };
  });
}
