import { createHash } from 'node:crypto';
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
  /** Roll calls stored already, with the same properties and votes: not written again. */
  unchanged: number;
  /** Roll calls stored already whose properties or votes differ: replaced whole. */
  replaced: number;
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
 * New and changed roll calls carry this label, not RollCall, until all their votes are written:
 * the API reads `:RollCall` only, so an interrupted run leaves nothing visible.
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
// A changed roll call's staged copy replaces the stored one (its votes go with it).
const REPLACE_CYPHER = `MATCH (n:${STAGED_LABEL}) MATCH (old:RollCall {id: n.id}) DETACH DELETE old`;
const PUBLISH_CYPHER = `MATCH (n:${STAGED_LABEL}) SET n:RollCall REMOVE n:${STAGED_LABEL}`;
// Each stored roll call with its properties and votes, to tell which the data changes.
const STORED_CYPHER =
  'MATCH (r:RollCall) RETURN r.id AS id, properties(r) AS props, ' +
  "[(s:State)-[v:VOTED]->(r) | s.code + ' ' + v.choice + ' ' + coalesce(v.source, '')] AS votes";

// Compact rows ([state, roll call, choice]) keep the parameters small. Every roll call written
// is a staged one, new in this run, so its votes are created without MERGE's look-up.
const VOTES_CYPHER = [
  'UNWIND $rows AS row',
  'MATCH (s:State {code: row[0]})',
  `MATCH (r:${STAGED_LABEL} {id: row[1]})`,
  'CREATE (s)-[v:VOTED]->(r)',
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

// A stored number may come back a neo4j Integer, a date a neo4j Date: each prints as the value
// written does. Key order does not count.
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  return typeof value === 'number' || (value !== null && typeof value === 'object')
    ? String(value)
    : value;
}

function digest(props: Record<string, unknown>, votes: string[]): string {
  const entries = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, plain(v)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const hash = createHash('sha256').update(JSON.stringify(entries));
  for (const vote of [...votes].sort()) hash.update(`\n${vote}`);
  return hash.digest('hex');
}

/** Each stored roll call's digest, read a roll call at a time. */
async function storedDigests(session: Session): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for await (const record of session.run(STORED_CYPHER)) {
    const props = record.get('props') as Record<string, unknown>;
    digests.set(record.get('id') as string, digest(props, record.get('votes') as string[]));
  }
  return digests;
}

/** The data without the roll calls stored already as they are, and how many those are. */
function changesOnly(data: VoteData, stored: Map<string, string>) {
  const votesOf = new Map<string, string[]>();
  for (const v of data.votes) {
    const list = votesOf.get(v.rollCall) ?? [];
    list.push(`${v.state} ${v.choice} ${VOTES_SOURCE.id}`);
    votesOf.set(v.rollCall, list);
  }
  const unchanged = new Set(
    data.rollCalls
      .filter((r) => stored.get(r.id) === digest(r, votesOf.get(r.id) ?? []))
      .map((r) => r.id),
  );
  return {
    rollCalls: data.rollCalls.filter((r) => !unchanged.has(r.id)),
    votes: data.votes.filter((v) => !unchanged.has(v.rollCall)),
    unchanged: unchanged.size,
    replaced: data.rollCalls.filter((r) => stored.has(r.id) && !unchanged.has(r.id)).length,
  };
}

type Job<T> = { rows: T; count: (result: QueryResult) => void };

async function writeNodes(
  tx: ManagedTransaction,
  job: Job<{ states: string[]; rollCalls: RollCallRow[] }>,
): Promise<void> {
  const { rows: data, count } = job;
  count(await tx.run(SOURCE_CYPHER, { source: VOTES_SOURCE }));
  const resolver = voterResolver();
  const states = data.states.map((code) => resolver.stateRow(code) ?? { code, name: code });
  count(await tx.run(STATES_CYPHER, { rows: states }));
  const keyed = (rows: RollCallRow[]) => rows.map(({ id, ...props }) => ({ key: id, props }));
  const staged = { ...nodeKinds.RollCall, label: STAGED_LABEL };
  for (const rows of slices(data.rollCalls, BATCH_SIZE)) {
    count(await tx.run(mergeNodesCypher(staged), { rows: keyed(rows) }));
  }
}

async function writeVotes(tx: ManagedTransaction, job: Job<VoteRow[]>): Promise<void> {
  const { rows: votes, count } = job;
  for (const rows of slices(votes, BATCH_SIZE)) {
    const compact = rows.map((v) => [v.state, v.rollCall, v.choice]);
    count(await tx.run(VOTES_CYPHER, { rows: compact, source: VOTES_SOURCE.id }));
  }
}

/**
 * Writes the vote data: the Source, every voter State the graph lacks, the RollCall nodes and
 * one VOTED relationship per vote. A roll call stored already with the same properties and
 * votes is left alone, so a second run writes nothing; one that differs is written anew and
 * replaces the stored one whole. The votes do not fit one transaction, so they go in
 * transactions of 100,000 to roll calls staged under another label; one last transaction
 * replaces the changed roll calls and makes the staged ones RollCall. A run that fails leaves
 * the roll calls as they were, and the next run deletes its staged leftovers first.
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
    unchanged: 0,
    replaced: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  const count = counter(summary);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, ...database });
  try {
    await session.run(STAGED_INDEX_CYPHER);
    await session.run('CALL db.awaitIndexes()');
    await session.run(CLEAR_STAGED_CYPHER);
    const changes = changesOnly(data, await storedDigests(session));
    Object.assign(summary, { unchanged: changes.unchanged, replaced: changes.replaced });
    if (changes.unchanged > 0) {
      progress(`${changes.unchanged.toLocaleString('en')} roll calls stored already as they are`);
    }
    const rows = { states: data.states, rollCalls: changes.rollCalls };
    await session.executeWrite((tx) => writeNodes(tx, { rows, count }));
    progress(`${changes.rollCalls.length.toLocaleString('en')} roll calls staged`);
    let written = 0;
    for (const votes of slices(changes.votes, VOTES_PER_TRANSACTION)) {
      await session.executeWrite((tx) => writeVotes(tx, { rows: votes, count }));
      written += votes.length;
      progress(
        `${written.toLocaleString('en')} of ${changes.votes.length.toLocaleString('en')} votes`,
      );
    }
    await session.executeWrite(async (tx) => {
      await tx.run(REPLACE_CYPHER);
      await tx.run(PUBLISH_CYPHER);
      await options.finish?.(tx);
    });
    progress('roll calls published');
    return summary;
  } finally {
    await session.close();
  }
}
