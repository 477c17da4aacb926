import type DataLoader from 'dataloader';
import type { RelatedSpec } from '../cypher/related';
import type { ReadFn } from '../db/read';
import type { RelatedRow } from '../records';
import { createCoSignatoriesLoader } from './co-signatories';
import type { CoSignatoryRecord } from './co-signatories';
import { loadCoSignatureNetwork } from './co-signature-network';
import type { StateNetwork } from './co-signature-network';
import type { CoalitionFilter } from '../cypher/co-signature-network';
import { createRelatedLoader } from './related';

export type Loaders = {
  /**
   * The per-request loader for one relationship and direction. Shared by every field that
   * crosses it (Declaration.signatories and Declaration.signatoryCount use one batch).
   */
  related<TNode>(spec: RelatedSpec): DataLoader<string, RelatedRow<TNode>[]>;
  /** Co-signatories by state code, strongest first: one query for any number of states. */
  coSignatories: DataLoader<string, CoSignatoryRecord[]>;
  /** The co-signature network for a filter, read once per request however many fields use it. */
  coSignatureNetwork(filter: CoalitionFilter): Promise<StateNetwork>;
};

/** Fresh loaders for one request: their caches must not outlive it. */
export function createLoaders(read: ReadFn): Loaders {
  const loaders = new Map<string, DataLoader<string, RelatedRow<unknown>[]>>();
  const networks = new Map<string, Promise<StateNetwork>>();
  return {
    coSignatories: createCoSignatoriesLoader(read),
    coSignatureNetwork(filter) {
      const key = JSON.stringify([
        filter.declarations ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.regions ?? null,
      ]);
      let network = networks.get(key);
      if (!network) {
        network = loadCoSignatureNetwork(read, filter);
        networks.set(key, network);
      }
      return network;
    },
    related<TNode>(spec: RelatedSpec) {
      const id = `${spec.type}:${spec.direction}`;
      let loader = loaders.get(id);
      if (!loader) {
        loader = createRelatedLoader<unknown>(read, spec);
        loaders.set(id, loader);
      }
      return loader as DataLoader<string, RelatedRow<TNode>[]>;
    },
  };
}
