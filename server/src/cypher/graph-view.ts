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
 * last, and left out by any date bound). One row `{ total, seeds }`, at most `limit` seeds.
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
      `RETURN size(declarations) AS total, [n IN declarations[0..toInteger($limit)] | ${nodeMap('n')}] AS seeds`,
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

/**
 * One hop of a view from many nodes at once, as one row `{ rows, nodes }`: `rows` has per
 * frontier node (by element id) its degree within the filter and at most `cap` links
 * `{ element, label, key, type, outgoing, rel }`, by kind and key; `nodes` has each node those
 * links reach once, with its properties, so a hub's neighbours are not shipped once per link.
 * With `known`, only links to those nodes come back and no `nodes` (the closing hop that finds
 * edges among the last nodes added). Date bounds apply to declarations' adoption and to
 * PARTY_TO (signed or bound by `to`, not withdrawn before `from`); regions apply to states.
 */
export function expandQuery(options: {
  frontier: readonly string[];
  filter: ViewFilter;
  cap: number;
  known: readonly string[] | null;
}): CypherQuery {
  const { filter } = options;
  return {
    text: [
      'UNWIND $frontier AS element',
      'MATCH (a) WHERE elementId(a) = element',
      'MATCH (a)-[r]-(b)',
      'WHERE type(r) IN $types',
      '  AND ($known IS NULL OR elementId(b) IN $known)',
      '  AND ($from IS NULL OR NOT b:Declaration OR b.adoptedOn >= $from)',
      '  AND ($to IS NULL OR NOT b:Declaration OR b.adoptedOn <= $to)',
      '  AND ($regions IS NULL OR NOT b:State OR toLower(b.region) IN $regions)',
      "  AND (type(r) <> 'PARTY_TO' OR (",
      '    ($to IS NULL OR coalesce(r.signedOn, r.consentOn, $to) <= $to)',
      '    AND ($from IS NULL OR r.withdrawnOn IS NULL OR r.withdrawnOn >= $from)))',
      `WITH element, a, r, b, ${LABEL.replace(/\bn\b/g, 'b')} AS label`,
      'WHERE label IS NOT NULL',
      `WITH element, a, r, b, label, ${KEY.replace(/\bn\b/g, 'b')} AS key`,
      'ORDER BY label, key, type(r)',
      // References only until the cap applies: properties are read for the links kept.
      'WITH element, collect({b: b, r: r, label: label, key: key, outgoing: startNode(r) = a}) AS links',
      'WITH collect({element: element, degree: size(links), links: links[0..toInteger($cap)]}) AS rows',
      'CALL (rows) {',
      '  UNWIND rows AS row',
      '  UNWIND row.links AS l',
      '  WITH DISTINCT l.b AS n WHERE $known IS NULL',
      `  RETURN collect(${nodeMap('n')}) AS nodes`,
      '}',
      'RETURN [row IN rows | {element: row.element, degree: row.degree,',
      '  links: [l IN row.links | {element: elementId(l.b), label: l.label, key: l.key,',
      '    type: type(l.r), outgoing: l.outgoing, rel: properties(l.r)}]}] AS rows, nodes',
    ].join('\n'),
    params: {
      frontier: [...options.frontier],
      types: [...filter.kinds],
      known: options.known ? [...options.known] : null,
      from: filter.from,
      to: filter.to,
      regions: filter.regions ? [...filter.regions] : null,
      cap: options.cap,
      labels: LABELS,
      bulky: BULKY_PROPERTIES,
    },
  };
}
