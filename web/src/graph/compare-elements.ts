import type { GraphElements, GraphNodeData } from './elements';
import { shortenLabel, stateData } from './elements';
import type { NodeKind } from './kinds';
import type { Colouring } from './paint';
import { COMPARE_GROUPS, COMPARE_STYLES, type CompareGroup } from './palettes';

export type CompareSide = {
  id: string;
  kind: Extract<NodeKind, 'Declaration' | 'Instrument'>;
  name: string;
  label: string;
};
type CompareState = {
  code: string;
  name: string;
  region?: string | null;
  latitude?: number | null;
  longitude?: number | null;
};
export type Comparison = Record<CompareGroup, readonly CompareState[]>;

/**
 * The Compare view: A and B as hubs, each state joined to the side(s) it belongs to, so the
 * states both share sit between them. Undetermined states (an undated consent before its
 * evidence) are drawn unjoined, since the data cannot say which side they are on; a member of
 * one side of which the other has no record is joined to its own side only. A state's
 * `colorLabel` names its group.
 * @example createCompareElements({ a, b, comparison })
 */
export function createCompareElements(input: {
  a: CompareSide;
  b: CompareSide;
  comparison: Comparison;
}): { elements: GraphElements; groups: Map<string, CompareGroup> } {
  const { a, b, comparison } = input;
  const hub = (side: CompareSide, letter: string): { data: GraphNodeData } => ({
    data: {
      id: `${side.kind}:${side.id}`,
      kind: side.kind,
      key: side.id,
      label: `${letter}: ${shortenLabel(side.label, 40)}`,
      name: side.name,
    },
  });
  const nodes = [hub(a, 'A'), hub(b, 'B')];
  const edges: GraphElements['edges'] = [];
  const groups = new Map<string, CompareGroup>();
  const join = (code: string, side: CompareSide): void => {
    const target = `${side.kind}:${side.id}`;
    const kind = side.kind === 'Declaration' ? 'SIGNED' : 'PARTY_TO';
    edges.push({ data: { id: `${kind}:${code}->${target}`, source: code, target, kind } });
  };
  for (const group of COMPARE_GROUPS) {
    for (const state of comparison[group]) {
      groups.set(state.code, group);
      nodes.push({ data: { id: state.code, kind: 'State', key: state.code, ...stateData(state) } });
      if (group === 'onlyA' || group === 'both' || group === 'noRecordInB') join(state.code, a);
      if (group === 'onlyB' || group === 'both' || group === 'noRecordInA') join(state.code, b);
    }
  }
  return { elements: { nodes, edges }, groups };
}

/** Colours states by group: only A, both, only B, not known, and hollow for no record. */
export function byGroup(groups: ReadonlyMap<string, CompareGroup>): Colouring {
  return (node) => {
    const group = node.kind === 'State' ? groups.get(node.key) : undefined;
    return group && { ...COMPARE_STYLES[group], label: COMPARE_STYLES[group].legend };
  };
}
