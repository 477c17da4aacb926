import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphState, Props } from './plan-dataset';

function plainProps(value: unknown): Props {
  return Object.fromEntries(
    Object.entries(value as Props).map(([k, v]) => [
      k,
      v && typeof v === 'object' && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v,
    ]),
  );
}

/** Every instrument, source and source's table, and the state codes, read in the write transaction. */
export async function readNodes(
  tx: ManagedTransaction,
): Promise<Omit<GraphState, 'participations'>> {
  const instruments = new Map<string, Props>();
  for (const record of (await tx.run('MATCH (i:Instrument) RETURN properties(i) AS p')).records) {
    const props = plainProps(record.get('p'));
    instruments.set(String(props.id), props);
  }
  const sources = new Map<string, Props>();
  const precedence = new Map<string, number | undefined>();
  for (const record of (await tx.run('MATCH (s:Source) RETURN properties(s) AS p')).records) {
    const props = plainProps(record.get('p'));
    sources.set(String(props.id), props);
    precedence.set(String(props.id), props.precedence as number | undefined);
  }
  const codes = await tx.run('MATCH (s:State) RETURN s.code AS code');
  const states = new Set(codes.records.map((r) => String(r.get('code'))));
  const ids = await tx.run('MATCH (o:Organization) RETURN o.id AS id');
  const organizations = new Set(ids.records.map((r) => String(r.get('id'))));
  const tables = new Map<string, Props>();
  const covers = await tx.run(
    "MATCH (s:Source)-[c:COVERS]->(i:Instrument) RETURN s.id + ' ' + i.id AS key, properties(c) AS p",
  );
  for (const record of covers.records)
    tables.set(String(record.get('key')), plainProps(record.get('p')));
  return { instruments, sources, precedence, states, organizations, tables };
}

/** The claims and facts of these instruments, states' and organizations', by `participant instrument`. */
export async function readParticipations(
  tx: ManagedTransaction,
  instrumentIds: string[],
): Promise<GraphState['participations']> {
  const pairs: GraphState['participations'] = new Map();
  if (instrumentIds.length === 0) return pairs;
  const result = await tx.run(
    'UNWIND $ids AS id ' +
      'MATCH (i:Instrument {id: id})<-[r:PARTICIPATION_CLAIM|PARTY_TO]-(s:State) ' +
      "RETURN s.code + ' ' + id AS pair, type(r) AS type, properties(r) AS p " +
      'UNION ALL UNWIND $ids AS id ' +
      'MATCH (i:Instrument {id: id})<-[r:ORGANIZATION_PARTICIPATION_CLAIM|ORGANIZATION_PARTY_TO]-(o:Organization) ' +
      "RETURN o.id + ' ' + id AS pair, type(r) AS type, properties(r) AS p",
    { ids: instrumentIds },
  );
  for (const record of result.records) {
    const key = String(record.get('pair'));
    const entry = pairs.get(key) ?? { claims: new Map<string, Props>() };
    const props = plainProps(record.get('p'));
    if (String(record.get('type')).endsWith('PARTY_TO')) entry.fact = props;
    else entry.claims.set(String(props.source), props);
    pairs.set(key, entry);
  }
  return pairs;
}
