import type { GraphNodeData } from '../../graph/elements';
import type { GraphIndex } from '../../graph/graph-index';

/** What every details view needs besides its node: the drawn graph and a way to move on. */
export type InspectContext = {
  graph: GraphIndex;
  onSelect: (id: string) => void;
};

/** The props of a details view: the selected node and the context. */
export type DetailsProps = InspectContext & { node: GraphNodeData };
