import { mergeNodesCypher, nodeKinds } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import { ensureSchema } from '../write/apply-schema';
import type { RollCallRow, VoteData, VoteRow } from './read-votes';
import { voterResolver } from './vote-entities';

/** The Source every vote cites. */
export const VOTES_SOURCE = {
  id: 'src-unga-votes-voeten',
  title: 'United Nations General Assembly Voting Data (Voeten), 1946-2019',
  publisher: 'Erik Voeten, Harvard Dataverse (hdl:1902.1/12379), CC0',
  url: 'https://hdl.handle.net/1902.1/12379',
} as const;

export type VoteWriteSummary = {
  rollCalls: number;
  votes: number;
  nodesCreated: number;
  relationshipsCreated: number;
};

export type VoteWriteOptions = {
  database?: string;
  onProgress?: (message: string) => void;
  /** Runs in the transaction that publishes the roll calls, so it commits with them. */
  finish?: (tx: ManagedTransaction) => Promise<void>;
};

/**
 * New roll calls carry this label, not RollCall, until all their votes are written: the API
 * reads `:RollCall` only, so an interrupted run leaves nothing visible.
 */
export const STAGED_LABEL = 'RollCallStaged';

// Rows per statement, as the document writer; votes per transaction: the local server's
// 256 MB transaction memory overflows at about 270,000 votes in one transaction.
const BATCH_SIZE = 10_000;
const VOTES_PER_TRANSACTION = 100_000;

const STATES_CYPHER = 'UNWIND $rows AS row MERGE (n:State {code: row.code}) ON CREATE SET n += row';
const SOURCE_CYPHER = 'MERGE (s:Source {id: $source.id}) SET s += $source';
const STAGED_INDEX_CYPHER = `CREATE INDEX roll_call_staged_id_index IF NOT EXISTS FOR (n:${STAGED_LABEL}) ON (n.id)`;
const CLEAR_STAGED_CYPHER = `MATCH (n:${STAGED_LABEL}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`;
const PUBLISH_CYPHER = `MATCH (n:${STAGED_LABEL}) SET n:RollCall REMOVE n:${STAGED_LABEL}`;

// Compact rows ([state, roll call, choice]) keep the parameters small. A staged roll call is
// new in this run, so its votes are created without MERGE's look-up.
const votesCypher = (label: string) =>
  [
    'UNWIND $rows AS row',
    'MATCH (s:State {code: row[0]})',
    `MATCH (r:${label} {id: row[1]})`,
    label === STAGED_LABEL ? 'CREATE (s)-[v:VOTED]->(r)' : 'MERGE (s)-[v:VOTED]->(r)',
    'SET v.choice = row[2], v.source = $source',
  ].join(' ');

function slices<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function counter(summary: VoteWriteSummary) {
  return (result: QueryResult) => {
    const updates = result.summary.counters.updates();
    summary.nodesCreated += updates.nodesCreated;
    summary.relationshipsCreated += updates.relationshipsCreated;
  };
}

async function existingRollCalls(session: Session): Promise<Set<string>> {
  const result = await session.run('MATCH (n:RollCall) RETURN collect(n.id) AS ids');
  return new Set(result.records[0]?.get('ids') as string[]);
}

type Job<T> = { rows: T; existing: Set<string>; count: (result: QueryResult) => void };

async function writeNodes(tx: ManagedTransaction, job: Job<VoteData>): Promise<void> {
  const { rows: data, existing, count } = job;
  count(await tx.run(SOURCE_CYPHER, { source: VOTES_SOURCE }));
  const resolver = voterResolver();
  const states = data.states.map((code) => resolver.stateRow(code) ?? { code, name: code });
  count(await tx.run(STATES_CYPHER, { rows: states }));
  const keyed = (rows: RollCallRow[]) => rows.map(({ id, ...props }) => ({ key: id, props }));
  const staged = { ...nodeKinds.RollCall, label: STAGED_LABEL };
  for (const rows of slices(data.rollCalls, BATCH_SIZE)) {
    const old = rows.filter((r) => existing.has(r.id));
    const fresh = rows.filter((r) => !existing.has(r.id));
    count(await tx.run(mergeNodesCypher(nodeKinds.RollCall), { rows: keyed(old) }));
    count(await tx.run(mergeNodesCypher(staged), { rows: keyed(fresh) }));
  }
}

async function writeVotes(tx: ManagedTransaction, job: Job<VoteRow[]>): Promise<void> {
  const { rows: votes, existing, count } = job;
  for (const rows of slices(votes, BATCH_SIZE)) {
    for (const [label, part] of [
      ['RollCall', rows.filter((v) => existing.has(v.rollCall))],
      [STAGED_LABEL, rows.filter((v) => !existing.has(v.rollCall))],
    ] as const) {
      if (part.length === 0) continue;
      const compact = part.map((v) => [v.state, v.rollCall, v.choice]);
      count(await tx.run(votesCypher(label), { rows: compact, source: VOTES_SOURCE.id }));
    }
  }
}

/**
 * Writes the vote data: the Source, every voter State the graph lacks, the RollCall nodes and
 * one VOTED relationship per vote, with MERGE so a second run changes nothing. The votes do
 * not fit one transaction, so they go in transactions of 100,000 to roll calls staged under
 * another label; one last small transaction makes the new roll calls RollCall. A run that
 * fails leaves no new roll call visible, and the next run deletes its staged leftovers first.
 * Existing roll calls (a re-import) are updated in place.
 * @example await writeVoteData(driver, readVoteData(dir), { onProgress: console.error })
 */
export async function writeVoteData(
  driver: Driver,
  data: VoteData,
  options: VoteWriteOptions = {},
): Promise<VoteWriteSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const database = { ...(options.database && { database: options.database }) };
  await ensureSchema(driver, database);
  const summary: VoteWriteSummary = {
    rollCalls: data.rollCalls.length,
    votes: data.votes.length,
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  const count = counter(summary);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, ...database });
  try {
    await session.run(STAGED_INDEX_CYPHER);
    await session.run('CALL db.awaitIndexes()');
    await session.run(CLEAR_STAGED_CYPHER);
    const existing = await existingRollCalls(session);
    await session.executeWrite((tx) => writeNodes(tx, { rows: data, existing, count }));
    progress(`${data.rollCalls.length.toLocaleString('en')} roll calls staged`);
    let written = 0;
    for (const votes of slices(data.votes, VOTES_PER_TRANSACTION)) {
      await session.executeWrite((tx) => writeVotes(tx, { rows: votes, existing, count }));
      written += votes.length;
      progress(
        `${written.toLocaleString('en')} of ${data.votes.length.toLocaleString('en')} votes`,
      );
    }
    await session.executeWrite(async (tx) => {
      await tx.run(PUBLISH_CYPHER);
      await options.finish?.(tx);
    });
    progress('roll calls published');
    return summary;
  } finally {
    await session.close();
  }
}
