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
 * What every view joins declarations with, loaded once: every state by code, the whole graph in
 * numbers, and the roll-call topics by code. Instruments are not in it: the views load those the
 * declarations cite (`cited-instruments.ts`) and their parties (`instrument-parties.ts`); the
 * pickers' whole list loads after the first view ({@link loadInstrumentList}).
 */
export type Reference = {
  states: ReadonlyMap<string, CorpusState>;
  summary: CorpusSummaryQuery['corpusSummary'];
  issues: VoteIssues;
};

/** An instrument as the API lists it: lean, without its parties. */
export type InstrumentRow = InstrumentListQuery['instruments']['edges'][number]['node'];

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

/** Loads the states, the summary and the topics side by side. */
export async function loadReference(
  request: Request,
  options: RequestOptions = {},
): Promise<Reference> {
  const [states, { corpusSummary }, { rollCallIssues }] = await Promise.all([
    loadPages(async (first, after) => {
      return (await request(CorpusStatesDocument, { first, after }, options)).states;
    }),
    request(CorpusSummaryDocument, {}, options),
    request(RollCallIssuesDocument, {}, options),
  ]);
  return {
    states: new Map(states.nodes.map((state) => [state.code, state])),
    summary: corpusSummary,
    issues: new Map(rollCallIssues.map((issue) => [issue.code, issue.name])),
  };
}

/** Every instrument, lean, a page after another: for the pickers, not the first view. */
export async function loadInstrumentList(
  request: Request,
  options: RequestOptions = {},
): Promise<InstrumentOption[]> {
  const { nodes } = await loadPages(
    async (first, after) =>
      (await request(InstrumentListDocument, { first, after }, options)).instruments,
  );
  return joinInstruments(nodes);
}

/** The operations {@link loadReference} sends, for the query export. */
export const referenceQuery = queryText(CorpusStatesDocument, {
  first: MAX_PAGE_SIZE,
  after: null,
});
