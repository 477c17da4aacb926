import type { CoalitionFilter } from '../cypher/co-signature-network';
import type { ReadFn } from '../db/read';
import { exportFile } from '../export/export-file';
import type { ExportFile } from '../export/export-file';
import type { ExportRequest } from '../export/parse-export-request';
import { coalitionsOf, loadCoSignatureNetwork } from '../loaders/co-signature-network';
import type { CoalitionRecord } from '../loaders/co-signature-network';
import { coSignatureView } from '../loaders/co-signature-view';
import { loadGraphView } from '../loaders/graph-view';
import type { GraphViewOptions, GraphViewRecord } from '../loaders/graph-view';
import { loadViewSources } from '../loaders/view-sources';

/** A network question: which signatures count, and Louvain's resolution. */
export type NetworkArgs = { filter: CoalitionFilter; resolution?: number };

export type ExportedView = ExportFile & Pick<GraphViewRecord, 'truncated' | 'totalNodes'>;

async function coSignatureNetwork(read: ReadFn, args: NetworkArgs): Promise<GraphViewRecord> {
  const network = await loadCoSignatureNetwork(read, args.filter);
  return coSignatureView(network, coalitionsOf(network, args.resolution));
}

async function exportView(read: ReadFn, request: ExportRequest): Promise<ExportedView> {
  const { target } = request;
  const view =
    target.kind === 'view'
      ? await loadGraphView(read, target.options)
      : await coSignatureNetwork(read, target);
  const sources = request.format === 'zip' ? await loadViewSources(read, view) : [];
  const file = exportFile({ view, format: request.format, part: request.part, sources });
  return { ...file, truncated: view.truncated, totalNodes: view.totalNodes };
}

/**
 * The expensive operations, by name: each reads what it needs and computes a plain,
 * structured-cloneable result, so it can run in a worker thread, be cached by data version
 * and arguments, and be shared by identical concurrent requests. A new community analysis
 * (voting blocs) is one more entry.
 */
export const heavyTasks = {
  coalitions: async (read: ReadFn, args: NetworkArgs): Promise<CoalitionRecord[]> =>
    coalitionsOf(await loadCoSignatureNetwork(read, args.filter), args.resolution),
  coSignatureNetwork,
  graph: (read: ReadFn, options: GraphViewOptions) => loadGraphView(read, options),
  export: exportView,
};

export type HeavyTasks = typeof heavyTasks;
export type TaskName = keyof HeavyTasks;
export type TaskArgs<T extends TaskName> = Parameters<HeavyTasks[T]>[1];
export type TaskResult<T extends TaskName> = Awaited<ReturnType<HeavyTasks[T]>>;
