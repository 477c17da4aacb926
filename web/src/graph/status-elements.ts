import type { CorpusDeclaration, GraphElements, GraphNodeData } from './elements';
import { edgeFacts, shortenLabel, sourceNames, stateData } from './elements';
import { instrumentHub, partyTie } from './instrument-hub';
import type { Colouring } from './paint';
import { toStanding, type Standing, type StatusRow } from './participation-status';
import { STATUS_STYLES } from './palettes';

export type StatusInstrument = {
  id: string;
  name: string;
  shortName?: string | null;
  /** The API's `statusAsOf(date, states)` rows, one per signatory; a state without one has no record. */
  statusAsOf: readonly (StatusRow & { state: { code: string } })[];
};

/**
 * The Treaty status view: a declaration's signatories between the declaration and an instrument.
 * Each state carries its standing on the date the rows were asked for; states that were party by
 * then are joined to it by a PARTY_TO edge.
 * @example createStatusElements(statement, palermoAsOf2014)
 */
export function createStatusElements(
  declaration: CorpusDeclaration,
  instrument: StatusInstrument,
): { elements: GraphElements; standings: Map<string, Standing> } {
  const participation = new Map(instrument.statusAsOf.map((row) => [row.state.code, row]));
  const hub = `Declaration:${declaration.id}`;
  const treaty = instrumentHub(instrument);
  const nodes: { data: GraphNodeData }[] = [
    {
      data: {
        id: hub,
        kind: 'Declaration',
        key: declaration.id,
        label: shortenLabel(declaration.title),
        name: declaration.title,
      },
    },
    treaty,
  ];
  const edges: GraphElements['edges'] = [];
  const standings = new Map<string, Standing>();
  for (const state of [...declaration.signatories].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const row = participation.get(state.code);
    const standing = toStanding(row);
    standings.set(state.code, standing);
    nodes.push({ data: { id: state.code, kind: 'State', key: state.code, ...stateData(state) } });
    edges.push({
      data: {
        id: `SIGNED:${state.code}->${hub}`,
        source: state.code,
        target: hub,
        kind: 'SIGNED',
        ...edgeFacts({
          since: declaration.adoptedOn ?? undefined,
          reportedBy: sourceNames(declaration.sources),
        }),
      },
    });
    edges.push(...partyTie(state.code, treaty.data.id, { standing, row }));
  }
  return { elements: { nodes, edges }, standings };
}

/** Colours states by their standing; `label` names each in the legend (by default its group). */
export function byStanding(
  standings: ReadonlyMap<string, Standing>,
  label: (standing: Standing) => string = (standing) => STATUS_STYLES[standing.status].legend,
): Colouring {
  return (node) => {
    const drawn = node.kind === 'State' || node.kind === 'Organization';
    const standing = drawn ? standings.get(node.key) : undefined;
    if (!standing) return undefined;
    return { ...STATUS_STYLES[standing.status], label: label(standing) };
  };
}
