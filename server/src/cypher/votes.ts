import type { CypherQuery } from '../db/read';
import type { Condition, Page, PageQuery } from './page';
import { pageQuery } from './page';
import { BULKY_PROPERTIES, slimProperties } from './slim-properties';

/** A window of roll calls: dates inclusive, an issue code; absent bounds are open. */
export type VoteWindow = { from?: string | null; to?: string | null; issue?: string | null };

export type RollCallFilter = VoteWindow & { important?: boolean | null; symbol?: string | null };

const WINDOW =
  '($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to) ' +
  'AND ($issue IS NULL OR $issue IN r.issues)';

const windowParams = (w: VoteWindow) => ({
  from: w.from ?? null,
  to: w.to ?? null,
  issue: w.issue ?? null,
});

/** Filter terms on roll calls bound as `n`. */
export function rollCallConditions(filter: RollCallFilter): Condition[] {
  const terms: Condition[] = [];
  if (filter.from) terms.push({ text: 'n.date >= $from', params: { from: filter.from } });
  if (filter.to) terms.push({ text: 'n.date <= $to', params: { to: filter.to } });
  if (filter.issue) terms.push({ text: '$issue IN n.issues', params: { issue: filter.issue } });
  if (filter.important != null) {
    terms.push({
      text: 'coalesce(n.important, false) = $important',
      params: { important: filter.important },
    });
  }
  if (filter.symbol) terms.push({ text: 'n.symbol = $symbol', params: { symbol: filter.symbol } });
  return terms;
}

/** Roll calls newest first, then by id. */
export function rollCallsPageQuery(options: { filter: RollCallFilter; page: Page }): PageQuery {
  return pageQuery({
    label: 'RollCall',
    conditions: rollCallConditions(options.filter),
    page: options.page,
  });
}

/** Rows `{ id, yes, no, abstain }` for each roll call id. */
export function tallyQuery(ids: readonly string[]): CypherQuery {
  return {
    text: [
      'UNWIND $ids AS id',
      'MATCH (r:RollCall {id: id})',
      'OPTIONAL MATCH (r)<-[v:VOTED]-(:State)',
      "RETURN id, count(CASE v.choice WHEN 'YES' THEN 1 END) AS yes,",
      "  count(CASE v.choice WHEN 'NO' THEN 1 END) AS no,",
      "  count(CASE v.choice WHEN 'ABSTAIN' THEN 1 END) AS abstain",
    ].join('\n'),
    params: { ids: [...ids] },
  };
}

/** Rows `{ id, state, rel }`: each roll call's voters by state name, optionally one choice. */
export function rollCallVotesQuery(options: {
  ids: readonly string[];
  choice: string | null;
}): CypherQuery {
  return {
    text: [
      'UNWIND $ids AS id',
      'MATCH (r:RollCall {id: id})<-[v:VOTED]-(s:State)',
      'WHERE $choice IS NULL OR v.choice = $choice',
      `WITH id, s, v ORDER BY s.name, s.code`,
      `RETURN id, ${slimProperties('s')} AS state, properties(v) AS rel`,
    ].join('\n'),
    params: { ids: [...options.ids], choice: options.choice, bulky: BULKY_PROPERTIES },
  };
}

/** Rows `{ rollCall, rel }`: a state's votes in a window, newest first. */
export function stateVotesQuery(options: { code: string } & VoteWindow): CypherQuery {
  return {
    text: [
      'MATCH (:State {code: $code})-[v:VOTED]->(r:RollCall)',
      `WHERE ${WINDOW}`,
      'RETURN properties(r) AS rollCall, properties(v) AS rel',
      'ORDER BY r.date DESC, r.id',
    ].join('\n'),
    params: { code: options.code, ...windowParams(options) },
  };
}

/**
 * One row `{ agreed, compared }` for two states over a window: roll calls both voted on, and
 * those on which their choices were the same. From the first state's votes, joined by roll
 * call with the second's (a hash join beats expanding every roll call's voters).
 */
export function pairAffinityQuery(options: { a: string; b: string } & VoteWindow): CypherQuery {
  return {
    text: [
      'MATCH (:State {code: $a})-[va:VOTED]->(r:RollCall)',
      `WHERE ${WINDOW}`,
      'MATCH (:State {code: $b})-[vb:VOTED]->(r)',
      'USING JOIN ON r',
      'RETURN count(r) AS compared,',
      '  count(CASE WHEN va.choice = vb.choice THEN 1 END) AS agreed',
    ].join('\n'),
    params: { a: options.a, b: options.b, ...windowParams(options) },
  };
}

/** Rows `{ year, agreed, compared }` for two states, one per year both voted in, oldest first. */
export function pairAffinityByYearQuery(
  options: { a: string; b: string } & VoteWindow,
): CypherQuery {
  return {
    text: [
      'MATCH (:State {code: $a})-[va:VOTED]->(r:RollCall)',
      `WHERE ${WINDOW}`,
      'MATCH (:State {code: $b})-[vb:VOTED]->(r)',
      'USING JOIN ON r',
      'WITH toInteger(substring(r.date, 0, 4)) AS year, va, vb',
      'RETURN year, count(*) AS compared,',
      '  count(CASE WHEN va.choice = vb.choice THEN 1 END) AS agreed',
      'ORDER BY year',
    ].join('\n'),
    params: { a: options.a, b: options.b, ...windowParams(options) },
  };
}

/**
 * Rows `{ rollCall, votes }`: every vote of a window, one row per roll call, its votes packed
 * in one string of 4 characters each, the state code and Y, N or A ("USAYCANN…"). A decade
 * is 140,000 votes: as lists of strings the driver took longer to decode them than Neo4j to
 * find them.
 */
export function voteMatrixQuery(window: VoteWindow): CypherQuery {
  return {
    text: [
      'MATCH (r:RollCall)',
      `WHERE ${WINDOW}`,
      'MATCH (s:State)-[v:VOTED]->(r)',
      "WITH r, collect(s.code + CASE v.choice WHEN 'YES' THEN 'Y' WHEN 'NO' THEN 'N' ELSE 'A' END) AS votes",
      "RETURN r.id AS rollCall, reduce(packed = '', vote IN votes | packed + vote) AS votes",
    ].join('\n'),
    params: windowParams(window),
  };
}

/** Rows `{ rollCall }`: the roll calls on any of these symbols, newest first. */
export function rollCallsBySymbolQuery(symbols: readonly string[]): CypherQuery {
  return {
    text: [
      'MATCH (r:RollCall) WHERE r.symbol IN $symbols',
      'RETURN properties(r) AS rollCall',
      'ORDER BY r.date DESC, r.id',
    ].join('\n'),
    params: { symbols: [...symbols] },
  };
}

/** Rows `{ instrument }`: the registry instruments on any of these symbols, by name. */
export function instrumentsBySymbolQuery(symbols: readonly string[]): CypherQuery {
  return {
    text: [
      'MATCH (i:Instrument) WHERE i.symbol IN $symbols',
      'RETURN properties(i) AS instrument',
      'ORDER BY i.name, i.id',
    ].join('\n'),
    params: { symbols: [...symbols] },
  };
}

/**
 * One row `{ members, instruments }` for a declaration: its signatory codes, and each
 * instrument it cites with every PARTY_TO record (`[{ code, rel }]`).
 */
export function declarationVotersQuery(id: string): CypherQuery {
  return {
    text: [
      'MATCH (d:Declaration {id: $id})',
      'RETURN [(d)<-[:SIGNED]-(s:State) | s.code] AS members,',
      '  [(d)-[:REFERENCES]->(i:Instrument) | {instrument: properties(i),',
      '    parties: [(i)<-[p:PARTY_TO]-(s:State) | {code: s.code, rel: properties(p)}]}]',
      '  AS instruments',
    ].join('\n'),
    params: { id },
  };
}
