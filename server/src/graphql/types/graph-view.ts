import { relationshipKinds } from '@treatygraph/schema';
import type { RelationshipType } from '@treatygraph/schema';
import {
  DEFAULT_DEPTH,
  DEFAULT_NODE_LIMIT,
  MAX_DEPTH,
  MAX_FOCUS,
  MAX_NODE_LIMIT,
  parseGraphViewInput,
} from '../../graph-view-input';
import type { GraphEdge, GraphNode, GraphViewRecord } from '../../loaders/graph-view';
import { builder } from '../builder';
import { checkResolution, CoalitionFilterInput, resolutionArgDescription } from './coalition';
import { EXPENSIVE } from '../expensive-fields';
import { JsonScalar } from './json';

const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'A relationship of the graph model, named as its Neo4j type.',
  values: Object.fromEntries(
    Object.entries(relationshipKinds).map(([type, kind]) => [
      type,
      { value: type, description: kind.description },
    ]),
  ) as Record<RelationshipType, { value: RelationshipType; description: string }>,
});

const GraphViewInputRef = builder.inputType('GraphViewInput', {
  description: 'Which part of the graph a view shows.',
  fields: (t) => ({
    focus: t.idList({
      description:
        `Keys of the nodes to start from (state codes in any case, other ids), at most ${MAX_FOCUS}. ` +
        'Empty: every declaration in the date range.',
    }),
    kinds: t.field({
      type: [RelationshipTypeEnum],
      description: 'Relationships to follow; empty: all but REPORTED_IN, COVERS and VOTED.',
    }),
    depth: t.int({
      description: `How many hops from the focus: 0 to ${MAX_DEPTH}, default ${DEFAULT_DEPTH}.`,
    }),
    from: t.field({
      type: 'Date',
      description:
        'Leave out declarations adopted before this date, and participations withdrawn before it.',
    }),
    to: t.field({
      type: 'Date',
      description:
        'Leave out declarations adopted after this date, and participations begun after it.',
    }),
    regions: t.stringList({
      description: 'Only states in these UN M49 regions, any case (focus states always stay).',
    }),
    nodeLimit: t.int({
      description:
        `At most this many nodes: 1 to ${MAX_NODE_LIMIT}, default ${DEFAULT_NODE_LIMIT}. ` +
        'A hub contributes at most this many links.',
    }),
  }),
});

const GraphNodeRef = builder.objectRef<GraphNode>('GraphNode');
GraphNodeRef.implement({
  description: 'A node of a view, shaped for Cytoscape: `{ data: { id, kind, label, … } }`.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Its natural key (LAO, untoc); prefixed with its kind (Organization:x) only when ' +
        'another kind already took the key in this view.',
    }),
    kind: t.exposeString('kind', {
      description: 'Its node label: State, Declaration, Instrument, Organization, Group or Source.',
    }),
    label: t.exposeString('label', { description: 'Its caption: name, title or short name.' }),
    data: t.field({
      type: JsonScalar,
      description: 'Its properties as stored (co-signature views add `coalition`).',
      resolve: (n) => n.data,
    }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdge>('GraphEdge');
GraphEdgeRef.implement({
  description: 'An edge of a view, directed as the relationship is.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'KIND:source->target (CO_SIGNED:a--b when undirected).' }),
    kind: t.exposeString('kind', {
      description: 'Its relationship type, or CO_SIGNED for the co-signature network.',
    }),
    source: t.exposeID('source', { description: 'Id of the node it starts from.' }),
    target: t.exposeID('target', { description: 'Id of the node it ends at.' }),
    weight: t.exposeFloat('weight', {
      description: '1 for a relationship; for CO_SIGNED, how many declarations both states signed.',
    }),
    data: t.field({
      type: JsonScalar,
      description:
        'Its properties as stored, provenance included (CO_SIGNED: `declarations`, the shared ids).',
      resolve: (e) => e.data,
    }),
  }),
});

const GraphViewRef = builder.objectRef<GraphViewRecord>('GraphView');
GraphViewRef.implement({
  description: 'The nodes and edges of a view, ready for Cytoscape or an exchange format.',
  fields: (t) => ({
    nodes: t.field({
      type: [GraphNodeRef],
      description: 'Its nodes, focus first, then hop by hop.',
      resolve: (v) => v.nodes,
    }),
    edges: t.field({
      type: [GraphEdgeRef],
      description: 'Its edges, each between two of its nodes.',
      resolve: (v) => v.edges,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'Whether the node limit (or the per-hub link limit) left nodes out.',
    }),
    totalNodes: t.exposeInt('totalNodes', {
      description: 'Nodes found before the limit applied; above the node count when truncated.',
    }),
  }),
});

builder.queryFields((t) => ({
  graph: t.field({
    type: GraphViewRef,
    description:
      'A view of the graph around focus entities: their relationships of the chosen kinds, ' +
      'hop by hop up to `depth`, within the date range and regions, up to a node limit.',
    args: { view: t.arg({ type: GraphViewInputRef, required: true, description: 'The view.' }) },
    extensions: EXPENSIVE,
    complexity: (args) => ({
      field: 10 + Math.ceil((args.view.nodeLimit ?? DEFAULT_NODE_LIMIT) / 10),
      multiplier: 1,
    }),
    resolve: (_root, args, context) =>
      context.heavy({ task: 'graph', args: parseGraphViewInput(args.view) }),
  }),
  coSignatureNetwork: t.field({
    type: GraphViewRef,
    description:
      'The state-to-state co-signature network: states, and CO_SIGNED edges weighing how many ' +
      'declarations two states signed together; each node’s `data.coalition` is the id of ' +
      'its coalition, as `coalitions` returns them for the same arguments.',
    args: {
      filter: t.arg({ type: CoalitionFilterInput, description: 'Which signatures count.' }),
      resolution: t.arg.float({ description: resolutionArgDescription }),
    },
    extensions: EXPENSIVE,
    complexity: { field: 20, multiplier: 1 },
    resolve: async (_root, args, context) => {
      const resolution = checkResolution(args.resolution);
      return context.heavy({
        task: 'coSignatureNetwork',
        args: { filter: args.filter ?? {}, resolution },
      });
    },
  }),
}));
