import type { Request, RequestOptions } from '../../api/client';
import {
  CorpusStatesDocument,
  CorpusSummaryDocument,
  InstrumentListDocument,
  RollCallIssuesDocument,
  type CorpusSummaryQuery,
  type InstrumentListQuery,
} from '../../api/generated/graphql';
import { loadPages, MAX_PAGE_SIZE } from '../../api/load-pages';
import type { CorpusState } from '../../graph/elements';
import type { InstrumentOption } from '../views/default-picks';
import type { VoteIssues } from '../views/vote-issues';
import { queryText } from '../views/view-model';

/**
 * What every view joins declarations with, loaded once: every state by code, every instrument
 * (lean: its parties load on demand, see `instrument-parties.ts`), the whole graph in numbers,
 * and the roll-call topics by code.
 */
export type Reference = {
  states: ReadonlyMap<string, CorpusState>;
  instruments: InstrumentOption[];
  summary: CorpusSummaryQuery['corpusSummary'];
  issues: VoteIssues;
};

type InstrumentRow = InstrumentListQuery['instruments']['edges'][number]['node'];

/** A state the list did not hold (written after it was loaded): drawn by its code. */
export function stateOf(states: Reference['states'], code: string): CorpusState {
  return (
    states.get(code) ?? {
      code,
      name: code,
      region: null,
      subregion: null,
      latitude: null,
      longitude: null,
    }
  );
}

/** Joins each instrument to the one it supplements. */
export function joinInstruments(rows: readonly InstrumentRow[]): InstrumentOption[] {
  const byId = new Map<string, InstrumentOption>();
  for (const row of rows) {
    byId.set(row.id, {
      id: row.id,
      name: row.name,
      shortName: row.shortName,
      kind: row.kind,
      adoptedOn: row.adoptedOn,
      entryIntoForceOn: row.entryIntoForceOn,
      partyCount: row.partyCount,
      supplements: null,
    });
  }
  for (const row of rows) {
    const instrument = byId.get(row.id);
    const supplemented = row.supplements && byId.get(row.supplements.id);
    if (instrument && supplemented) instrument.supplements = supplemented;
  }
  return [...byId.values()];
}

/** Loads the states, the instruments, the summary and the topics side by side. */
export async function loadReference(
  request: Request,
  options: RequestOptions = {},
): Promise<Reference> {
  const [states, instruments, { corpusSummary }, { rollCallIssues }] = await Promise.all([
    loadPages(async (first, after) => {
      return (await request(CorpusStatesDocument, { first, after }, options)).states;
    }),
    loadPages(async (first, after) => {
      return (await request(InstrumentListDocument, { first, after }, options)).instruments;
    }),
    request(CorpusSummaryDocument, {}, options),
    request(RollCallIssuesDocument, {}, options),
  ]);
  const byCode = new Map(states.nodes.map((state) => [state.code, state]));
  return {
    states: byCode,
    instruments: joinInstruments(instruments.nodes),
    summary: corpusSummary,
    issues: new Map(rollCallIssues.map((issue) => [issue.code, issue.name])),
  };
}

/** The operations {@link loadReference} sends, for the query export. */
export const referenceQuery = [
  queryText(CorpusStatesDocument, { first: MAX_PAGE_SIZE, after: null }),
  queryText(InstrumentListDocument, { first: MAX_PAGE_SIZE, after: null }),
].join('\n');
