import { nodeKinds } from '@treatygraph/schema';
import type { RelationshipType } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';
import { BULKY_PROPERTIES, slimProperties } from './slim-properties';

/** What narrows a graph view's nodes and edges, as the view builders take it. */
export type ViewFilter = {
  kinds: readonly RelationshipType[];
  from: string | null;
  to: string | null;
  /** Lower-case UN M49 regions, or null for all. */
  regions: readonly string[] | null;
};

const LABELS = Object.keys(nodeKinds);
// Each node's natural key, whatever its kind: every kind keys on `code` or `id`.
const KEY = `coalesce(${[...new Set(Object.values(nodeKinds).map((k) => `n.${k.key}`))].join(', ')})`;
const LABEL = '[l IN labels(n) WHERE l IN $labels][0]';

/** One node of a view as the builders return it: its element id for the next hop, kind, key, properties. */
const nodeMap = (n: string) =>
  `{element: elementId(${n}), label: ${LABEL.replace(/\bn\b/g, n)}, key: ${KEY.replace(/\bn\b/g, n)}, properties: ${slimProperties(n)}}`;

/**
 * Focus nodes by natural key, whatever their kind (state codes in any case): one row
 * `{ key, found }` per key, in one round trip, each kind matched through its key index.
 */
export function focusNodesQuery(keys: readonly string[]): CypherQuery {
  const branches = Object.values(nodeKinds).map((kind) =>
    kind.label === 'State'
      ? `  MATCH (n:State {code: toUpper(key)}) RETURN n`
      : `  MATCH (n:${kind.label} {${kind.key}: key}) RETURN n`,
  );
  return {
    text: [
      'UNWIND $keys AS key',
      'CALL (key) {',
      branches.join('\n  UNION\n'),
      '}',
      `RETURN key, ${nodeMap('n')} AS found`,
    ].join('\n'),
    params: { keys: [...keys], labels: LABELS, bulky: BULKY_PROPERTIES },
  };
}

/**
 * The seeds of a view without focus: declarations in the date range, newest first (undated
 * last, and left out by any date bound). One row `{ total, seed }` per seed, at most `limit`,
 * each with how many declarations are in range; none when no declaration is. Small rows
 * rather than one aggregate: the driver decodes a message spread over many chunks slowly.
 */
export function seedDeclarationsQuery(options: {
  from: string | null;
  to: string | null;
  limit: number;
}): CypherQuery {
  return {
    text: [
      'MATCH (n:Declaration)',
      'WHERE ($from IS NULL OR n.adoptedOn >= $from) AND ($to IS NULL OR n.adoptedOn <= $to)',
      "WITH n ORDER BY coalesce(n.adoptedOn, '') DESC, n.id",
      'WITH collect(n) AS declarations',
      'UNWIND declarations[0..toInteger($limit)] AS n',
      `RETURN size(declarations) AS total, ${nodeMap('n')} AS seed`,
    ].join('\n'),
    params: {
      from: options.from,
      to: options.to,
      limit: options.limit,
      labels: LABELS,
      bulky: BULKY_PROPERTIES,
    },
  };
}

/** The links of `a` within the view's filter (and to `$known` nodes, when given) as `r` to `b`. */
const linksWithin = (a: string) => [
  `MATCH (${a})-[r]-(b)`,
  'WHERE type(r) IN $types',
  '  AND ($known IS NULL OR elementId(b) IN $known)',
  '  AND any(l IN labels(b) WHERE l IN $labels)',
  '  AND ($from IS NULL OR NOT b:Declaration OR b.adoptedOn >= $from)',
  '  AND ($to IS NULL OR NOT b:Declaration OR b.adoptedOn <= $to)',
  '  AND ($regions IS NULL OR NOT b:State OR toLower(b.region) IN $regions)',
  "  AND (type(r) <> 'PARTY_TO' OR (",
  '    ($to IS NULL OR coalesce(r.signedOn, r.consentOn, $to) <= $to)',
  '    AND ($from IS NULL OR r.withdrawnOn IS NULL OR r.withdrawnOn >= $from)))',
];

/**
 * Per frontier node `i` (bound to `a`), its links as `links`, uncapped unless `cut` (more than
 * `$cap` of them). An open hop keeps them all; the closing hop counts those to known nodes and
 * keeps only the ones to nodes not `covered`, whose edges earlier hops already drew.
 */
const openLinks = [
  ...linksWithin('a'),
  'WITH i, a, collect(r) AS links',
  'WITH i, a, size(links) > $cap AS cut, links',
];
const closingLinks = [
  ...linksWithin('a'),
  'WITH i, a, count(r) > $cap AS cut,',
  '  collect(CASE WHEN NOT elementId(b) IN $covered THEN r END) AS links',
];

/**
 * One hop of a view from many nodes at once. Per frontier node (by position `i` in
 * `frontier`), its links within the filter; of a node with more than `cap` (`cut`), only the
 * first `cap` by kind, key and type (sorting them all for every node costs memory that counts
 * against Neo4j's transaction limit, so the caller orders the rest). One row per node those
 * links reach: `{ element, label, key, properties, cut, links }`, each link
 * `[i, type, outgoing, rel]`, `cut` the positions of those linking to it that were cut; so a
 * node's identity and properties travel once, and every row stays small (the driver decodes a
 * message spread over many chunks slowly). With `known`, only links to those nodes count and
 * properties stay null (the closing hop that finds edges among the last nodes added); links
 * to `covered` nodes (whose links earlier hops returned in full) are left out unless cut. With
 * `full` (the nodes of a view that has no room left), reached nodes come without properties,
 * and with their links only when among those nodes: the hop can add edges, not nodes. Date
 * bounds apply to declarations' adoption and to PARTY_TO (signed or bound by `to`, not
 * withdrawn before `from`); regions apply to states.
 */
export function expandQuery(options: {
  frontier: readonly string[];
  filter: ViewFilter;
  cap: number;
  known: readonly string[] | null;
  covered?: readonly string[];
  full?: readonly string[] | null;
}): CypherQuery {
  const { filter } = options;
  const closing = options.known !== null;
  return {
    text: [
      'UNWIND range(0, size($frontier) - 1) AS i',
      'MATCH (a) WHERE elementId(a) = $frontier[i]',
      ...(closing ? closingLinks : openLinks),
      // Relationships only until the cap applies, read again and sorted for a cut node alone.
      'CALL (a, cut, links) {',
      '  UNWIND CASE WHEN cut THEN [] ELSE links END AS r',
      '  RETURN r',
      '  UNION ALL',
      '  UNWIND CASE WHEN cut THEN [a] ELSE [] END AS x',
      ...linksWithin('x').map((line) => `  ${line}`),
      `  WITH r, b ORDER BY ${LABEL.replace(/\bn\b/g, 'b')}, ${KEY.replace(/\bn\b/g, 'b')}, type(r)`,
      '  LIMIT toInteger($cap)',
      '  RETURN r',
      '}',
      'WITH i, cut, r, CASE WHEN startNode(r) = a THEN endNode(r) ELSE startNode(r) END AS n',
      'WITH n, collect([i, r]) AS links, collect(DISTINCT CASE WHEN cut THEN i END) AS cut',
      `RETURN elementId(n) AS element, ${LABEL} AS label, ${KEY} AS key,`,
      `  CASE WHEN $known IS NULL AND $full IS NULL THEN ${slimProperties('n')} END AS properties,`,
      '  cut, CASE WHEN $full IS NULL OR elementId(n) IN $full THEN',
      // Seen from the frontier node, a link is outgoing when it ends at n (a self-loop too).
      '    [l IN links | [l[0], type(l[1]), endNode(l[1]) = n, properties(l[1])]]',
      '  ELSE [] END AS links',
    ].join('\n'),
    params: {
      frontier: [...options.frontier],
      types: [...filter.kinds],
      known: options.known ? [...options.known] : null,
      covered: [...(options.covered ?? [])],
      full: options.full ? [...options.full] : null,
      from: filter.from,
      to: filter.to,
      regions: filter.regions ? [...filter.regions] : null,
      cap: options.cap,
      labels: LABELS,
      bulky: BULKY_PROPERTIES,
    },
  };
}
