import type { PreparedCorpus } from '../corpus/prepare';
import { viewLimit } from './view-limit';
import type { ViewLimit } from './view-limit';

/**
 * Signature edges of a corpus big enough for a view of `nodes` nodes: generated declarations
 * carry about 23 edges each (party tables included), so 25 per node leaves room to spare.
 */
export function uiCorpusEdges(nodes: number): number {
  return Math.ceil((nodes * 25) / 1_000) * 1_000;
}

/** The `limit` of each view, or null when `prepared` has too few declarations for one. */
export function viewLimits(prepared: PreparedCorpus, nodes: readonly number[]): ViewLimit[] | null {
  const limits = nodes.map((n) => viewLimit(prepared.corpus.declarations, n));
  return limits.every((limit) => limit !== null) ? limits : null;
}
