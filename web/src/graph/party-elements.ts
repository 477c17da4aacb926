import type { GraphElements, GraphNodeData } from './elements';
import { edgeFacts, sourceNames, stateData } from './elements';

export type PartyInstrument = {
  id: string;
  parties: readonly {
    signedOn?: string | null;
    consentOn?: string | null;
    consentType?: string | null;
    withdrawnOn?: string | null;
    evidence?: { source?: { publisher?: string | null; title?: string | null } | null } | null;
    state: {
      code: string;
      name: string;
      region?: string | null;
      latitude?: number | null;
      longitude?: number | null;
    };
  }[];
};

/**
 * Joins drawn states to the drawn instruments they were party to on `date` (consent given by
 * then, not withdrawn by then) with PARTY_TO edges, so instruments are hubs of their parties too.
 * With `addStates`, parties that are not drawn are added as nodes: the unfiltered graph that
 * double-click expansion draws from.
 * @example withParties(elements, instruments, { date: '2025-12-31', addStates: false })
 */
export function withParties(
  elements: GraphElements,
  instruments: readonly PartyInstrument[],
  options: { date: string; addStates: boolean },
): GraphElements {
  const nodes = new Map(elements.nodes.map((node) => [node.data.id, node]));
  const instrumentIds = new Map(
    elements.nodes.filter((n) => n.data.kind === 'Instrument').map((n) => [n.data.key, n.data.id]),
  );
  const edges = [...elements.edges];
  for (const instrument of instruments) {
    const target = instrumentIds.get(instrument.id);
    if (!target) continue;
    for (const { consentOn, withdrawnOn, state, ...rest } of instrument.parties) {
      const party =
        consentOn && consentOn <= options.date && !(withdrawnOn && withdrawnOn <= options.date);
      if (!party) continue;
      const drawn = nodes.get(state.code)?.data;
      if (drawn && drawn.kind !== 'State') continue;
      if (!drawn) {
        if (!options.addStates) continue;
        const data: GraphNodeData = {
          id: state.code,
          kind: 'State',
          key: state.code,
          ...stateData(state),
        };
        nodes.set(state.code, { data });
      }
      const id = `PARTY_TO:${state.code}->${target}`;
      const facts = edgeFacts({
        since: consentOn,
        until: withdrawnOn ?? undefined,
        signedOn: rest.signedOn ?? undefined,
        consentType: rest.consentType?.toLowerCase(),
        reportedBy: sourceNames([rest.evidence?.source]),
      });
      edges.push({ data: { id, source: state.code, target, kind: 'PARTY_TO', ...facts } });
    }
  }
  return { nodes: [...nodes.values()], edges };
}
