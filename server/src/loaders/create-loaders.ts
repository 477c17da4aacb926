import type DataLoader from 'dataloader';
import type { NodeLabel } from '@treatygraph/schema';
import { relatedEnds } from '../cypher/related';
import type { RelatedSpec } from '../cypher/related';
import type { Projection } from '../cypher/slim-properties';
import type { ReadFn } from '../db/read';
import type { RelatedRow } from '../records';
import { createAliasesLoader } from './aliases';
import { createCoSignatoriesLoader } from './co-signatories';
import type { CoSignatoriesOptions, CoSignatoryRecord } from './co-signatories';
import { createRelatedLoader } from './related';
import { createRelatedCountLoader } from './related-count';

export type Loaders = {
  /**
   * The per-request loader for one relationship and direction. Shared by every field that
   * crosses it (Declaration.signatories and Declaration.signatoryCount use one batch).
   */
  related<TNode>(spec: RelatedSpec): DataLoader<string, RelatedRow<TNode>[]>;
  /** How many nodes one relationship reaches from each key, counted in the database. */
  relatedCount(spec: RelatedSpec): DataLoader<string, number>;
  /** Co-signatories by state code, strongest first: one query for any number of states. */
  coSignatories(options: CoSignatoriesOptions): DataLoader<string, CoSignatoryRecord[]>;
  /** Aliases by key, for records that list reads returned without them (bulky properties). */
  aliases(label: NodeLabel): DataLoader<string, string[]>;
};

/** The properties of each node kind a request needs (null: all but the bulky ones). */
export type ProjectionOf = (label: NodeLabel) => Projection;

/**
 * Fresh loaders for one request: their caches must not outlive it. Nodes they read carry the
 * properties `projection` names for their kind (asked when a loader is first used).
 */
export function createLoaders(read: ReadFn, projection: ProjectionOf = () => null): Loaders {
  const loaders = new Map<string, DataLoader<string, RelatedRow<unknown>[]>>();
  const aliases = new Map<NodeLabel, DataLoader<string, string[]>>();
  const coSignatories = new Map<string, DataLoader<string, CoSignatoryRecord[]>>();
  const counts = new Map<string, DataLoader<string, number>>();
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
        loader = createCoSignatoriesLoader(read, { ...options, properties: projection('State') });
        coSignatories.set(id, loader);
      }
      return loader;
    },
    related<TNode>(spec: RelatedSpec) {
      const id = `${spec.type}:${spec.direction}:${spec.nodesOnly === true}`;
      let loader = loaders.get(id);
      if (!loader) {
        loader = createRelatedLoader<unknown>(read, spec, projection(relatedEnds(spec).to));
        loaders.set(id, loader);
      }
      return loader as DataLoader<string, RelatedRow<TNode>[]>;
    },
    relatedCount(spec) {
      const id = `${spec.type}:${spec.direction}`;
      let loader = counts.get(id);
      if (!loader) {
        loader = createRelatedCountLoader(read, spec);
        counts.set(id, loader);
      }
      return loader;
    },
  };
}
