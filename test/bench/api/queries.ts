import type { Probes } from './probes';

/** A GraphQL request body. */
export type GraphqlRequest = { query: string; variables: Record<string, unknown> };

/** One analyst question, asked three ways; `peer` is null where @neo4j/graphql cannot ask it. */
export type ApiQuestion = {
  name: string;
  ours: GraphqlRequest;
  cypher: { text: string; params: Record<string, unknown> };
  peer: GraphqlRequest | null;
  /** How the peer asks it, when that differs from one root field. */
  peerNote?: string;
};

const SIGNATORIES = 'code name region';

function declaration(probes: Probes): ApiQuestion {
  const variables = { id: probes.declarationId };
  return {
    name: 'declaration',
    ours: {
      query: `query ($id: ID!) { declaration(id: $id) { id title adoptedOn signatories { ${SIGNATORIES} } } }`,
      variables,
    },
    cypher: {
      text: [
        'MATCH (d:Declaration {id: $id})',
        'OPTIONAL MATCH (d)<-[:SIGNED]-(s:State)',
        'WITH d, s ORDER BY s.name',
        'RETURN d.id AS id, d.title AS title, d.adoptedOn AS adoptedOn,',
        '  collect(s {.code, .name, .region}) AS signatories',
      ].join('\n'),
      params: variables,
    },
    peer: {
      query: `query ($id: ID!) { declarations(where: { id: { eq: $id } }) { id title adoptedOn signatories(sort: [{ name: ASC }]) { ${SIGNATORIES} } } }`,
      variables,
    },
  };
}

function coSignatories(probes: Probes): ApiQuestion {
  const variables = { code: probes.stateCode };
  return {
    name: 'coSignatories',
    ours: {
      query: `query ($code: String!) { state(code: $code) { code name coSignatories(first: 10) { sharedCount state { code name } } } }`,
      variables,
    },
    cypher: {
      text: [
        'MATCH (s:State {code: $code})-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o:State)',
        'WHERE o <> s',
        'WITH s, o, count(DISTINCT d) AS shared',
        'ORDER BY shared DESC, o.name',
        'LIMIT 10',
        'RETURN s.code AS code, s.name AS name,',
        '  collect({sharedCount: shared, state: o {.code, .name}}) AS coSignatories',
      ].join('\n'),
      params: variables,
    },
    peer: {
      query: `query ($code: ID!) { states(where: { code: { eq: $code } }) { code name coSignatories { sharedCount code name } } }`,
      variables,
    },
    peerNote: 'a @cypher field with the same query',
  };
}

function compare(probes: Probes): ApiQuestion {
  const variables = { a: probes.declarationId, b: probes.otherDeclarationId };
  const state = '{ code name }';
  return {
    name: 'compare',
    ours: {
      query: `query ($a: ID!, $b: ID!) { compare(a: $a, b: $b) { both ${state} onlyA ${state} onlyB ${state} } }`,
      variables,
    },
    cypher: {
      text: [
        'MATCH (a:Declaration {id: $a}), (b:Declaration {id: $b})',
        'WITH [(a)<-[:SIGNED]-(s:State) | s {.code, .name}] AS sa,',
        '  [(b)<-[:SIGNED]-(s:State) | s {.code, .name}] AS sb',
        'RETURN [s IN sa WHERE s IN sb] AS both, [s IN sa WHERE NOT s IN sb] AS onlyA,',
        '  [s IN sb WHERE NOT s IN sa] AS onlyB',
      ].join('\n'),
      params: variables,
    },
    peer: {
      query: `query ($a: ID!, $b: ID!) { a: declarations(where: { id: { eq: $a } }) { signatories ${state} } b: declarations(where: { id: { eq: $b } }) { signatories ${state} } }`,
      variables,
    },
    peerNote: 'both lists; the client takes the difference',
  };
}

/** The server's Lucene query for one word: exact (boosted), prefix or one edit away. */
function luceneWord(word: string): string {
  return `(shortName:${word}^8 OR acronym:${word}^8 OR ${word}^4 OR ${word}*^2 OR ${word}~1)`;
}

function search(probes: Probes): ApiQuestion {
  const hit =
    '... on State { code name } ... on Declaration { id title } ... on Instrument { id name } ... on Organization { id name }';
  return {
    name: 'search',
    ours: {
      query: `query ($q: String!) { search(query: $q, first: 10) { score entity { __typename ${hit} } } }`,
      variables: { q: probes.searchText },
    },
    cypher: {
      // The same answer as ours: Lucene's 100 best hits of the four labels, a node named exactly
      // as the query raised above the rest.
      text: [
        'CALL db.index.fulltext.queryNodes("entity_names_fulltext", $lucene, {limit: 100})',
        'YIELD node, score',
        'WHERE node:State OR node:Declaration OR node:Instrument OR node:Organization',
        'WITH collect({node: node, score: score}) AS hits, max(score) AS top',
        'UNWIND hits AS hit',
        'WITH hit.node AS node, hit.score AS score, top',
        'WITH node, score + CASE WHEN any(n IN',
        '  [node.code, node.name, node.officialName, node.title, node.shortName, node.acronym]',
        '  + coalesce(node.aliases, []) WHERE toLower(n) = $exact) THEN top ELSE 0 END AS score',
        'ORDER BY score DESC, coalesce(node.name, node.title) LIMIT 10',
        'RETURN labels(node)[0] AS label, node.code AS code, node.id AS id,',
        '  coalesce(node.name, node.title) AS name, score',
      ].join('\n'),
      params: {
        lucene: luceneWord(probes.searchText.toLowerCase()),
        exact: probes.searchText.toLowerCase(),
      },
    },
    peer: {
      query: `query ($q: String!) {
        s: statesFulltext(phrase: $q, first: 10) { edges { score node { code name } } }
        d: declarationsFulltext(phrase: $q, first: 10) { edges { score node { id title } } }
        i: instrumentsFulltext(phrase: $q, first: 10) { edges { score node { id name } } }
      }`,
      variables: { q: `${probes.searchText}~1` },
    },
    peerNote: 'one fulltext field per type; the client merges them',
  };
}

/** Declarations since this date make the coalition network: recent politics, seconds at most. */
const COALITIONS_FROM = '2020-01-01';

function coalitions(): ApiQuestion {
  return {
    name: 'coalitions',
    ours: {
      query: `query ($from: Date!) { coalitions(filter: { from: $from }) { id size cohesion members { code } } }`,
      variables: { from: COALITIONS_FROM },
    },
    // Louvain has no Cypher in Community edition: the baseline fetches the weighted network
    // the communities are computed from, which is the database's share of the work.
    cypher: {
      text: [
        'MATCH (a:State)-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(b:State)',
        'WHERE a.code < b.code AND d.adoptedOn >= $from',
        'RETURN a.code AS a, b.code AS b, count(d) AS weight',
      ].join('\n'),
      params: { from: COALITIONS_FROM },
    },
    peer: null,
  };
}

/** Nodes of the graph view, as the UI asks for its largest views. */
export const GRAPH_VIEW_NODES = 2_000;
/** The states all fit; the rest of the view is the newest declarations. */
const GRAPH_VIEW_DECLARATIONS = GRAPH_VIEW_NODES - 200;

function graph(): ApiQuestion {
  return {
    name: 'graph',
    ours: {
      query: `query ($limit: Int!) { graph(view: { kinds: [SIGNED], nodeLimit: $limit }) { totalNodes truncated nodes { id kind label } edges { id source target kind } } }`,
      variables: { limit: GRAPH_VIEW_NODES },
    },
    cypher: {
      text: [
        'MATCH (d:Declaration)',
        'WITH d ORDER BY d.adoptedOn DESC LIMIT toInteger($declarations)',
        'MATCH (s:State)-[:SIGNED]->(d)',
        'RETURN d.id AS id, d.title AS label, collect(s {.code, .name}) AS signatories',
      ].join('\n'),
      params: { declarations: GRAPH_VIEW_DECLARATIONS },
    },
    peer: {
      query: `query ($limit: Int!) { declarations(limit: $limit, sort: [{ adoptedOn: DESC }]) { id title signatories { code name } } }`,
      variables: { limit: GRAPH_VIEW_DECLARATIONS },
    },
    peerNote: 'newest declarations with their signatories',
  };
}

/** The storm's cheap question: one state by code. */
export function stateQuestion(probes: Probes): GraphqlRequest {
  return {
    query: 'query ($code: String!) { state(code: $code) { code name } }',
    variables: { code: probes.stateCode },
  };
}

/**
 * The storm's expensive question: the coalitions question at a resolution of its own
 * (between 1 and 2), so that no answer is cached or shared and each is Louvain again.
 */
export function coalitionsAtResolution(i: number): GraphqlRequest {
  return {
    query: `query ($from: Date!, $resolution: Float) { coalitions(filter: { from: $from }, resolution: $resolution) { id size cohesion members { code } } }`,
    variables: { from: COALITIONS_FROM, resolution: 1 + (i % 100_000) / 100_000 },
  };
}

/** The questions the API answers, with the probes filled in. */
export function apiQuestions(probes: Probes): ApiQuestion[] {
  return [
    declaration(probes),
    coSignatories(probes),
    compare(probes),
    coalitions(),
    graph(),
    search(probes),
  ];
}
