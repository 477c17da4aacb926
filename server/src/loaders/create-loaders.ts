import type DataLoader from 'dataloader';
import type { NodeLabel } from '@treatygraph/schema';
import type { RelatedSpec } from '../cypher/related';
import type { ReadFn } from '../db/read';
import type { RelatedRow } from '../records';
import { createAliasesLoader } from './aliases';
import { createCoSignatoriesLoader } from './co-signatories';
import type { CoSignatoriesOptions, CoSignatoryRecord } from './co-signatories';
import { coalitionsOf, loadCoSignatureNetwork } from './co-signature-network';
import type { CoalitionRecord, StateNetwork } from './co-signature-network';
import type { CoalitionFilter } from '../cypher/co-signature-network';
import { createRelatedLoader } from './related';

export type Loaders = {
  /**
   * The per-request loader for one relationship and direction. Shared by every field that
   * crosses it (Declaration.signatories and Declaration.signatoryCount use one batch).
   */
  related<TNode>(spec: RelatedSpec): DataLoader<string, RelatedRow<TNode>[]>;
  /** Co-signatories by state code, strongest first: one query for any number of states. */
  coSignatories(options: CoSignatoriesOptions): DataLoader<string, CoSignatoryRecord[]>;
  /** The co-signature network for a filter, read once per request however many fields use it. */
  coSignatureNetwork(filter: CoalitionFilter): Promise<StateNetwork>;
  /**
   * The coalitions of that network at a resolution, computed once per request however many
   * fields use them (`coalitions` and `coSignatureNetwork` both do).
   */
  coalitions(filter: CoalitionFilter, resolution?: number): Promise<CoalitionRecord[]>;
  /** Aliases by key, for records that list reads returned without them (bulky properties). */
  aliases(label: NodeLabel): DataLoader<string, string[]>;
};

const filterKey = (filter: CoalitionFilter) =>
  JSON.stringify([
    filter.declarations ?? null,
    filter.from ?? null,
    filter.to ?? null,
    filter.regions ?? null,
  ]);

/** Fresh loaders for one request: their caches must not outlive it. */
export function createLoaders(read: ReadFn): Loaders {
  const loaders = new Map<string, DataLoader<string, RelatedRow<unknown>[]>>();
  const networks = new Map<string, Promise<StateNetwork>>();
  const coalitions = new Map<string, Promise<CoalitionRecord[]>>();
  const coSignatureNetwork = (filter: CoalitionFilter) => {
    const key = filterKey(filter);
    let network = networks.get(key);
    if (!network) {
      network = loadCoSignatureNetwork(read, filter);
      networks.set(key, network);
    }
    return network;
  };
  const aliases = new Map<NodeLabel, DataLoader<string, string[]>>();
  const coSignatories = new Map<string, DataLoader<string, CoSignatoryRecord[]>>();
  return {
    aliases(label) {
      let loader = aliases.get(label);
      if (!loader) {
        loader = createAliasesLoader(read, label);
        aliases.set(label, loader);
      }
      return loader;
    },
    coSignatories(options) {
      const id = `${options.first}:${options.withShared}`;
      let loader = coSignatories.get(id);
      if (!loader) {
        loader = createCoSignatoriesLoader(read, options);
        coSignatories.set(id, loader);
      }
      return loader;
    },
    coSignatureNetwork,
    coalitions(filter, resolution) {
      const key = `${filterKey(filter)}@${resolution ?? ''}`;
      let found = coalitions.get(key);
      if (!found) {
        found = coSignatureNetwork(filter).then((network) => coalitionsOf(network, resolution));
        coalitions.set(key, found);
      }
      return found;
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
