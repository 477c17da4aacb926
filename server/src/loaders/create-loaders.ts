import type DataLoader from 'dataloader';
import type { RelatedSpec } from '../cypher/related';
import type { ReadFn } from '../db/read';
import type { RelatedRow } from '../records';
import { createCoSignatoriesLoader } from './co-signatories';
import type { CoSignatoryRecord } from './co-signatories';
import { createRelatedLoader } from './related';

export type Loaders = {
  /**
   * The per-request loader for one relationship and direction. Shared by every field that
   * crosses it (Declaration.signatories and Declaration.signatoryCount use one batch).
   */
  related<TNode>(spec: RelatedSpec): DataLoader<string, RelatedRow<TNode>[]>;
  /** Co-signatories by state code, strongest first: one query for any number of states. */
  coSignatories: DataLoader<string, CoSignatoryRecord[]>;
};

/** Fresh loaders for one request: their caches must not outlive it. */
export function createLoaders(read: ReadFn): Loaders {
  const loaders = new Map<string, DataLoader<string, RelatedRow<unknown>[]>>();
  return {
    coSignatories: createCoSignatoriesLoader(read),
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
