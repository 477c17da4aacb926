/** One declaration and its signatory states, as the co-signature query returns it. */
export type SignedDeclaration<
  TState extends { code: string },
  TDeclaration extends { id: string },
> = {
  declaration: TDeclaration;
  signatories: TState[];
};

/** Two states that signed declarations together: `source` < `target`, by code. */
export type CoSignatureEdge = {
  source: string;
  target: string;
  /** How many declarations both signed. */
  weight: number;
  /** Their ids, in the order the declarations came (newest first). */
  declarations: string[];
};

export type CoSignatureNetwork<TState, TDeclaration> = {
  /** States with at least one co-signature, by code. */
  states: Map<string, TState>;
  edges: CoSignatureEdge[];
  declarations: Map<string, TDeclaration>;
  /** Codes of each declaration's signatories. */
  signatoriesOf: Map<string, string[]>;
};

/**
 * The weighted state-to-state network: an edge for every pair of states that signed a
 * declaration together, weighing how many they share. Edges come sorted by their ends, so the
 * same signatures always give the same network.
 */
export function buildCoSignatureNetwork<
  TState extends { code: string },
  TDeclaration extends { id: string },
>(rows: readonly SignedDeclaration<TState, TDeclaration>[]) {
  const network: CoSignatureNetwork<TState, TDeclaration> = {
    states: new Map(),
    edges: [],
    declarations: new Map(),
    signatoriesOf: new Map(),
  };
  const edges = new Map<string, CoSignatureEdge>();
  for (const { declaration, signatories } of rows) {
    const codes = [...new Set(signatories.map((s) => s.code))].sort();
    network.declarations.set(declaration.id, declaration);
    network.signatoriesOf.set(declaration.id, codes);
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const [source, target] = [codes[i] ?? '', codes[j] ?? ''];
        const key = `${source}|${target}`;
        const edge = edges.get(key) ?? { source, target, weight: 0, declarations: [] };
        edge.weight += 1;
        edge.declarations.push(declaration.id);
        edges.set(key, edge);
      }
    }
    if (codes.length > 1) for (const state of signatories) network.states.set(state.code, state);
  }
  network.edges = [...edges.values()].sort((a, b) =>
    a.source === b.source ? compare(a.target, b.target) : compare(a.source, b.source),
  );
  return network;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
