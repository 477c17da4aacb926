import stringify from 'fast-json-stable-stringify';
import { LRUCache } from 'lru-cache';
import type { CoalitionFilter } from '../cypher/co-signature-network';
import type { ReadFn } from '../db/read';
import { exportFile } from '../export/export-file';
import type { ExportFile } from '../export/export-file';
import type { ExportRequest } from '../export/parse-export-request';
import { coalitionsOf, loadCoSignatureNetwork } from '../loaders/co-signature-network';
import type { CoalitionRecord, StateNetwork } from '../loaders/co-signature-network';
import { coSignatureView } from '../loaders/co-signature-view';
import { loadGraphView } from '../loaders/graph-view';
import type { GraphViewOptions, GraphViewRecord } from '../loaders/graph-view';
import { loadViewSources } from '../loaders/view-sources';

/**
 * A network question: which signatures count, Louvain's resolution, and whether each coalition
 * lists the declarations that bind it (by default it does).
 */
export type NetworkArgs = { filter: CoalitionFilter; resolution?: number; declarations?: boolean };

export type ExportedView = ExportFile & Pick<GraphViewRecord, 'truncated' | 'totalNodes'>;

/**
 * Networks read lately (or being read) through each read path (a worker thread's, or the
 * request thread's: one database each), by data version and filter: coalitions at another
 * resolution are Louvain again but no second read, so a storm of them leaves Neo4j to the
 * cheap questions. The version is the one the request thread keys its cache by.
 */
const networks = new WeakMap<ReadFn, LRUCache<string, Promise<StateNetwork>>>();

function networkOf(
  read: ReadFn,
  filter: CoalitionFilter,
  version: string | undefined,
): Promise<StateNetwork> {
  if (version === undefined) return loadCoSignatureNetwork(read, filter);
  let recent = networks.get(read);
  if (!recent) {
    recent = new LRUCache({ max: 4 });
    networks.set(read, recent);
  }
  const key = `${version}\n${stringify(filter)}`;
  const known = recent.get(key);
  if (known) return known;
  const reading = loadCoSignatureNetwork(read, filter);
  recent.set(key, reading);
  reading.catch(() => {
    if (recent.get(key) === reading) recent.delete(key);
  });
  return reading;
}

async function coSignatureNetwork(
  read: ReadFn,
  args: NetworkArgs,
  version?: string,
): Promise<GraphViewRecord> {
  const network = await networkOf(read, args.filter, version);
  return coSignatureView(network, coalitionsOf(network, args.resolution));
}

async function exportView(
  read: ReadFn,
  request: ExportRequest,
  version?: string,
): Promise<ExportedView> {
  const { target } = request;
  const view =
    target.kind === 'view'
      ? await loadGraphView(read, target.options)
      : await coSignatureNetwork(read, target, version);
  const sources = request.format === 'zip' ? await loadViewSources(read, view) : [];
  const file = exportFile({ view, format: request.format, part: request.part, sources });
  return { ...file, truncated: view.truncated, totalNodes: view.totalNodes };
}

/**
 * The expensive operations, by name: each reads what it needs and computes a plain,
 * structured-cloneable result, so it can run in a worker thread, be cached by data version
 * and arguments, and be shared by identical concurrent requests. `version` is the data version
 * the caller reads under (absent: nothing is reused). A new community analysis (voting blocs)
 * is one more entry.
 */
export const heavyTasks = {
  coalitions: async (
    read: ReadFn,
    args: NetworkArgs,
    version?: string,
  ): Promise<CoalitionRecord[]> =>
    coalitionsOf(await networkOf(read, args.filter, version), args.resolution, {
      declarations: args.declarations ?? true,
    }),
  coSignatureNetwork,
  graph: (read: ReadFn, options: GraphViewOptions) => loadGraphView(read, options),
  export: exportView,
};

export type HeavyTasks = typeof heavyTasks;
export type TaskName = keyof HeavyTasks;
export type TaskArgs<T extends TaskName> = Parameters<HeavyTasks[T]>[1];
export type TaskResult<T extends TaskName> = Awaited<ReturnType<HeavyTasks[T]>>;
