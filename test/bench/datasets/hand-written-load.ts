import type { Driver } from 'neo4j-driver';

type Row = Record<string, unknown>;
type Rows = { nodes: Record<string, Row[]>; relationships: Record<string, Row[]>; count: number };

const KEYS = { Source: 'id', State: 'code', Instrument: 'id' } as const;
const BATCH = 10_000;

/** What the importer wrote, as rows: nodes by label, relationships with endpoint keys. */
export async function readWrittenRows(driver: Driver): Promise<Rows> {
  const nodes: Record<string, Row[]> = {};
  for (const label of Object.keys(KEYS)) {
    const { records } = await driver.executeQuery(`MATCH (n:${label}) RETURN properties(n) AS p`);
    nodes[label] = records.map((r) => r.get('p') as Row);
  }
  const relationships: Record<string, Row[]> = {};
  for (const type of ['PARTICIPATION_CLAIM', 'PARTY_TO']) {
    const { records } = await driver.executeQuery(
      `MATCH (a:State)-[r:${type}]->(b:Instrument) RETURN a.code AS from, b.id AS to, properties(r) AS props`,
    );
    relationships[type] = records.map((r) => r.toObject() as Row);
  }
  const count = [...Object.values(nodes), ...Object.values(relationships)].reduce(
    (n, rows) => n + rows.length,
    0,
  );
  return { nodes, relationships, count };
}

/** The ceiling: the rows written with plain `UNWIND … MERGE`, 10,000 a transaction. */
export async function writeRowsByHand(driver: Driver, rows: Rows): Promise<void> {
  const run = async (cypher: string, all: Row[]) => {
    for (let i = 0; i < all.length; i += BATCH) {
      await driver.executeQuery(cypher, { rows: all.slice(i, i + BATCH) });
    }
  };
  for (const [label, key] of Object.entries(KEYS)) {
    await run(
      `UNWIND $rows AS row MERGE (n:${label} {${key}: row.${key}}) SET n += row`,
      rows.nodes[label] ?? [],
    );
  }
  await run(
    'UNWIND $rows AS row MATCH (a:State {code: row.from}) MATCH (b:Instrument {id: row.to}) ' +
      'MERGE (a)-[r:PARTICIPATION_CLAIM {source: row.props.source}]->(b) SET r = row.props',
    rows.relationships.PARTICIPATION_CLAIM ?? [],
  );
  await run(
    'UNWIND $rows AS row MATCH (a:State {code: row.from}) MATCH (b:Instrument {id: row.to}) ' +
      'MERGE (a)-[r:PARTY_TO]->(b) SET r = row.props',
    rows.relationships.PARTY_TO ?? [],
  );
}
