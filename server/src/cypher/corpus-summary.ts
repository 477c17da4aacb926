import type { CypherQuery } from '../db/read';

/** The whole graph in numbers, for the explorer's summary and the bounds of its time range. */
export type CorpusSummaryRecord = {
  declarations: number;
  states: number;
  instruments: number;
  organizations: number;
  sources: number;
  signatures: number;
  earliestAdoption: string | null;
  latestAdoption: string | null;
  earliestInstrumentAdoption: string | null;
};

/**
 * Label and relationship counts come from Neo4j's count store, and the adoption range from the
 * `adoptedOn` range index, so the answer costs the same on any corpus size.
 */
export function corpusSummaryQuery(): CypherQuery {
  return {
    text: [
      'CALL { MATCH (n:Declaration) RETURN count(n) AS declarations }',
      'CALL { MATCH (n:State) RETURN count(n) AS states }',
      'CALL { MATCH (n:Instrument) RETURN count(n) AS instruments }',
      'CALL { MATCH (n:Organization) RETURN count(n) AS organizations }',
      'CALL { MATCH (n:Source) RETURN count(n) AS sources }',
      'CALL { MATCH ()-[r:SIGNED]->() RETURN count(r) AS signatures }',
      'CALL { MATCH (n:Declaration) WHERE n.adoptedOn IS NOT NULL',
      '  RETURN min(n.adoptedOn) AS earliestAdoption, max(n.adoptedOn) AS latestAdoption }',
      'CALL { MATCH (n:Instrument) WHERE n.adoptedOn IS NOT NULL',
      '  RETURN min(n.adoptedOn) AS earliestInstrumentAdoption }',
      'RETURN declarations, states, instruments, organizations, sources, signatures,',
      '  earliestAdoption, latestAdoption, earliestInstrumentAdoption',
    ].join('\n'),
    params: {},
  };
}
