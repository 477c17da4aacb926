import { FULLTEXT_INDEX } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';
import { BULKY_PROPERTIES, nodeProperties, slimProperties } from './slim-properties';
import type { Projection } from './slim-properties';

/** Labels `search` returns; the index also covers others (groups), which are filtered out. */
export const SEARCH_LABELS = ['State', 'Declaration', 'Instrument', 'Organization'] as const;
export type SearchLabel = (typeof SEARCH_LABELS)[number];

export const DEFAULT_SEARCH_SIZE = 10;
export const MAX_SEARCH_SIZE = 50;

/**
 * Words of a query that count; the rest are ignored. Each word becomes several clauses on every
 * indexed field, and Lucene refuses a query of over 1,024 clauses (an internal error before).
 */
export const MAX_SEARCH_WORDS = 10;

/** Lucene's special characters, each escaped with a backslash. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene special character so user text is only ever literal terms. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for user text: each word (lower-cased, so AND/OR/NOT stay terms) matches
 * exactly (boosted), as a prefix, or within one edit; words are OR'ed. An exact match in the
 * common short name or acronym weighs most, so "palermo" puts the Palermo Protocol before the
 * convention that is only also called "Palermo Convention". Repeated words count once, and
 * only the first MAX_SEARCH_WORDS. Null when the text has no words.
 */
export function luceneQuery(text: string): string | null {
  const all = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const words = [...new Set(all)].slice(0, MAX_SEARCH_WORDS).map(escapeLucene);
  if (words.length === 0) return null;
  return words
    .map((w) => `(shortName:${w}^8 OR acronym:${w}^8 OR ${w}^4 OR ${w}*^2 OR ${w}~1)`)
    .join(' OR ');
}

/** Clamps `first` to 1…MAX_SEARCH_SIZE (default DEFAULT_SEARCH_SIZE). */
export function searchSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_SEARCH_SIZE;
  return Math.max(0, Math.min(MAX_SEARCH_SIZE, Math.trunc(first)));
}

/** Names a node can be called by exactly: an exact match of the whole query ranks first. */
const NAME_PROPERTIES = ['code', 'name', 'officialName', 'title', 'shortName', 'acronym'];

/**
 * Lucene's best hits that are weighed for an exact name: a node named exactly as the query
 * scores near the top in Lucene already (a short field, the exact term boosted), and checking
 * every hit's ~45 aliases made a common word cost a third more than the search itself.
 */
export const searchCandidates = (first: number) => Math.max(100, first * 10);

/**
 * Full-text hits over the model's index: rows `{ label, score, properties }`, best first, the
 * node's properties as `nodeProperties` gives them: those `projections` names for its label
 * (the request's), else all but the bulky ones as `[key, value]` pairs. A node one of whose
 * names or aliases is the whole query (any case) ranks above every other hit, by adding the
 * best Lucene score to its own: "unodc" puts the organization UNODC before the UNODC Global
 * Report, whose short name only contains the word.
 */
export function searchQuery(options: {
  text: string;
  lucene: string;
  first: number;
  projections?: Partial<Record<SearchLabel, Projection>>;
}): CypherQuery {
  const names = NAME_PROPERTIES.map((p) => `node.${p}`).join(', ');
  const byLabel = SEARCH_LABELS.map((label) => [label, options.projections?.[label]] as const);
  const properties = byLabel.every(([, projection]) => projection)
    ? [
        'CASE label',
        ...byLabel.map(([label, p]) => `  WHEN '${label}' THEN ${nodeProperties('node', p)}`),
        'END',
      ].join('\n')
    : slimProperties('node');
  return {
    text: [
      'CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score',
      'WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label',
      'WHERE label IS NOT NULL',
      'WITH collect({node: node, score: score, label: label}) AS hits, max(score) AS top',
      'UNWIND hits AS hit',
      'WITH hit.node AS node, hit.label AS label, hit.score AS score, top',
      'WITH node, label, score + CASE',
      `  WHEN any(name IN [${names}] + coalesce(node.aliases, []) WHERE toLower(name) = $exact)`,
      '  THEN top ELSE 0 END AS score',
      'ORDER BY score DESC, coalesce(node.name, node.title) ASC',
      'LIMIT toInteger($first)',
      `RETURN label, score, ${properties} AS properties`,
    ].join('\n'),
    params: {
      index: FULLTEXT_INDEX,
      lucene: options.lucene,
      exact: options.text.trim().toLowerCase(),
      labels: [...SEARCH_LABELS],
      first: options.first,
      candidates: searchCandidates(options.first),
      bulky: BULKY_PROPERTIES,
    },
  };
}
