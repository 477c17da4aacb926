import { request } from '../../api/client';
import { StatusAsOfDocument } from '../../api/generated/graphql';
import { useLoad, type LoadState } from '../../api/use-load';
import { toStanding, type Standing } from '../../graph/participation-status';
import { queryText } from './view-model';

/** Every state's standing towards one instrument on a date, to colour a graph view by. */
export type StatusColouring = {
  standings: ReadonlyMap<string, Standing>;
  instrumentName: string;
  date: string;
  query: string;
};

/**
 * Loads the standing of every known state (null `instrument`: nothing), so that whatever the
 * filters or expansions draw is coloured, and a complete table's NOT_PARTY is never missed.
 */
export function useStatusColouring(input: {
  instrument: string | null;
  date: string;
  states: readonly string[];
}): [LoadState<StatusColouring>, () => void] {
  const { instrument, date, states } = input;
  return useLoad(instrument ? `colour-status:${instrument}:${date}` : null, async (signal) => {
    if (!instrument) throw new Error('Pick an instrument.');
    const variables = { id: instrument, date, states: [...states].sort() };
    const data = await request(StatusAsOfDocument, variables, { signal });
    if (!data.instrument) throw new Error(`No instrument with id ${instrument}.`);
    const rows = new Map(data.instrument.statusAsOf.map((row) => [row.state.code, row]));
    return {
      standings: new Map(variables.states.map((code) => [code, toStanding(rows.get(code))])),
      instrumentName: data.instrument.shortName ?? data.instrument.name,
      date,
      query: queryText(StatusAsOfDocument, variables),
    };
  });
}
