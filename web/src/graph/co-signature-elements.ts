import type { CorpusDeclaration, GraphElements, GraphNodeData } from './elements';
import { stateData } from './elements';

/** Titles a hover text lists before it only counts the rest. */
const TITLES_SHOWN = 5;

/** The first titles of the shared declarations (newest first, in corpus order), then a count. */
function titles(shared: readonly CorpusDeclaration[]): string {
  const listed = shared
    .slice(0, TITLES_SHOWN)
    .map((d) => d.title)
    .join('; ');
  const more = shared.length - TITLES_SHOWN;
  return more > 0 ? `${listed}; and ${more} more` : listed;
}

/**
 * The state–state co-signature network: one node per signatory, one edge per pair of states
 * that signed at least one declaration together, weighted by how many. The edge's `label` says
 * what binds the two states, for hover text. Sorted by id, so the same data gives the same
 * elements.
 * @example createCoSignatureElements(filterDeclarations(corpus, filters))
 */
export function createCoSignatureElements(
  declarations: readonly CorpusDeclaration[],
): GraphElements {
  const nodes = new Map<string, GraphNodeData>();
  const pairs = new Map<string, { source: string; target: string; shared: CorpusDeclaration[] }>();
  for (const declaration of declarations) {
    const codes = [...new Set(declaration.signatories.map((s) => s.code))].sort();
    for (const state of declaration.signatories) {
      if (!nodes.has(state.code)) {
        nodes.set(state.code, {
          id: state.code,
          kind: 'State',
          key: state.code,
          ...stateData(state),
        });
      }
    }
    codes.forEach((source, i) => {
      for (const target of codes.slice(i + 1)) {
        const id = `CO_SIGNED:${source}--${target}`;
        const pair = pairs.get(id) ?? { source, target, shared: [] };
        pair.shared.push(declaration);
        pairs.set(id, pair);
      }
    });
  }
  const name = (code: string): string => nodes.get(code)?.name ?? code;
  const edges = [...pairs.entries()].map(([id, { source, target, shared }]) => ({
    data: {
      id,
      source,
      target,
      kind: 'CO_SIGNED' as const,
      weight: shared.length,
      shared: shared.map((d) => d.id),
      label: `${name(source)} and ${name(target)} signed ${shared.length} declaration${
        shared.length === 1 ? '' : 's'
      } together: ${titles(shared)}`,
    },
  }));
  const byId = (a: { data: { id: string } }, b: { data: { id: string } }): number =>
    a.data.id < b.data.id ? -1 : 1;
  return {
    nodes: [...nodes.values()].map((data) => ({ data })).sort(byId),
    edges: edges.sort(byId),
  };
}
