import { FULLTEXT_INDEX } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';

/** Labels `search` returns; the index also covers others (groups), which are filtered out. */
export const SEARCH_LABELS = ['State', 'Declaration', 'Instrument', 'Organization'] as const;
export type SearchLabel = (typeof SEARCH_LABELS)[number];

export const DEFAULT_SEARCH_SIZE = 10;
export const MAX_SEARCH_SIZE = 50;

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
 * convention that is only also called "Palermo Convention". Null when the text has no words.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(escapeLucene);
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

/** Full-text hits over the model's index: rows `{ label, score, node }`, best first. */
export function searchQuery(options: { lucene: string; first: number }): CypherQuery {
  return {
    text: [
      'CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score',
      'WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label',
      'WHERE label IS NOT NULL',
      'RETURN label, score, properties(node) AS node',
      'ORDER BY score DESC, coalesce(node.name, node.title) ASC',
      'LIMIT toInteger($first)',
    ].join('\n'),
    params: {
      index: FULLTEXT_INDEX,
      lucene: options.lucene,
      labels: [...SEARCH_LABELS],
      first: options.first,
    },
  };
}
