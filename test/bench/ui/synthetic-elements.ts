import { stateRows } from '@treatygraph/import';
import type { Corpus } from '../corpus/generate';
import type { BenchElements } from './browser/elements';

/**
 * A signatories view of at least `nodes` nodes from the corpus, as the app would draw it:
 * declarations (in corpus order) as hubs and their signatory states, joined by SIGNED edges.
 */
export function signatoriesElements(corpus: Corpus, nodes: number): BenchElements {
  const names = new Map(stateRows().map((s) => [s.code, s.name]));
  const elements: BenchElements = { nodes: [], edges: [] };
  const states = new Set<string>();
  for (const declaration of corpus.declarations) {
    if (elements.nodes.length + states.size >= nodes) break;
    elements.nodes.push({
      data: { id: declaration.id, kind: 'Declaration', label: declaration.id },
    });
    for (const code of declaration.signatories) {
      states.add(code);
      elements.edges.push({
        data: {
          id: `${code}->${declaration.id}`,
          source: code,
          target: declaration.id,
          kind: 'SIGNED',
        },
      });
    }
  }
  if (elements.nodes.length + states.size < nodes) {
    throw new Error(`the corpus has too few declarations for a view of ${nodes} nodes`);
  }
  for (const code of [...states].sort()) {
    elements.nodes.push({ data: { id: code, kind: 'State', label: names.get(code) ?? code } });
  }
  return elements;
}
