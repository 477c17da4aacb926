import { buildCoSignatureNetwork } from '../analysis/co-signature-network';
import type { CoSignatureNetwork } from '../analysis/co-signature-network';
import { detectCommunities } from '../analysis/communities';
import type { Community } from '../analysis/communities';
import { coSignatureRowsQuery } from '../cypher/co-signature-network';
import type { CoalitionFilter } from '../cypher/co-signature-network';
import { fromPairs } from '../cypher/slim-properties';
import type { ReadFn } from '../db/read';
import type { DeclarationRecord, StateRecord } from '../records';

export type StateNetwork = CoSignatureNetwork<StateRecord, DeclarationRecord>;

export type CoalitionRecord = Community & {
  states: StateRecord[];
  /** Declarations signed by at least two members: most members first, then newest. */
  declarations: DeclarationRecord[];
};

/** The co-signature network of the signatures the filter selects, in one round trip. */
export async function loadCoSignatureNetwork(
  read: ReadFn,
  filter: CoalitionFilter,
): Promise<StateNetwork> {
  const [row] = await read<{
    declarations: { declaration: DeclarationRecord; signatories: string[] }[];
    states: [string, unknown][][];
  }>(coSignatureRowsQuery(filter));
  const states = new Map(
    (row?.states ?? []).map((pairs) => {
      const state = fromPairs<StateRecord>(pairs);
      return [state.code, state];
    }),
  );
  return buildCoSignatureNetwork(
    (row?.declarations ?? []).map(({ declaration, signatories }) => ({
      declaration,
      signatories: signatories.flatMap((code) => states.get(code) ?? []),
    })),
  );
}

const byName = (a: StateRecord, b: StateRecord) =>
  a.name === b.name ? (a.code < b.code ? -1 : 1) : a.name < b.name ? -1 : 1;

/**
 * The network's coalitions (Louvain communities) with their states and the declarations that
 * bind them; with `declarations: false` each lists none (a query that does not ask for them).
 */
export function coalitionsOf(
  network: StateNetwork,
  resolution?: number,
  options: { declarations: boolean } = { declarations: true },
): CoalitionRecord[] {
  const communities = detectCommunities(
    { nodes: [...network.states.keys()], edges: network.edges },
    { resolution },
  );
  // Each declaration's members per community, in one pass over the signatures.
  const communityOf = new Map<string, number>();
  communities.forEach((c, i) => c.members.forEach((code) => communityOf.set(code, i)));
  const binding = communities.map(() => [] as { id: string; count: number }[]);
  for (const [id, codes] of options.declarations ? network.signatoriesOf : []) {
    const counts = new Map<number, number>();
    for (const code of codes) {
      const c = communityOf.get(code);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const [c, count] of counts) if (count >= 2) binding[c]?.push({ id, count });
  }
  return communities.map((community, i) => ({
    ...community,
    states: community.members.flatMap((code) => network.states.get(code) ?? []).sort(byName),
    // Rows come newest first, and sort is stable: ties keep that order.
    declarations: (binding[i] ?? [])
      .sort((a, b) => b.count - a.count)
      .flatMap((d) => network.declarations.get(d.id) ?? []),
  }));
}
