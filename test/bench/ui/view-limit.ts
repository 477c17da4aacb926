import type { Corpus } from '../corpus/generate';

type Declaration = Pick<Corpus['declarations'][number], 'id' | 'adoptedOn' | 'signatories'>;

/** The `limit` URL parameter that gives a signatories view of about `nodes` nodes, and its size. */
export type ViewLimit = { limit: number; nodes: number };

/**
 * The smallest `limit` whose signatories view (the newest `limit` declarations, ordered as the
 * server orders them, and their signatory states) has at least `nodes` nodes, or null when the
 * whole corpus draws fewer. Generated declarations cite no instruments and support no bodies, so
 * declarations and states are all the view draws.
 * @example viewLimit(generateCorpus({ seed: 1, edges: 12_000 }).declarations, 500)
 */
export function viewLimit(declarations: readonly Declaration[], nodes: number): ViewLimit | null {
  if (!Number.isInteger(nodes) || nodes < 1) {
    throw new Error(`a view needs a whole number of nodes of at least 1, got ${nodes}`);
  }
  const newest = [...declarations].sort(
    (a, b) => b.adoptedOn.localeCompare(a.adoptedOn) || a.id.localeCompare(b.id),
  );
  const states = new Set<string>();
  for (const [index, declaration] of newest.entries()) {
    for (const code of declaration.signatories) states.add(code);
    const drawn = index + 1 + states.size;
    if (drawn >= nodes) return { limit: index + 1, nodes: drawn };
  }
  return null;
}
