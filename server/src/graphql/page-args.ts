import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../cypher/page';
import type { ArgBuilder } from '@pothos/core';
import type { BuilderTypes } from './builder';

/** `first` and `after`: forward-only paging is all the explorer needs. */
export function pageArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    first: arg.int({
      description: `How many nodes to return: 0 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.`,
    }),
    after: arg.string({ description: 'Return the nodes after this cursor (an `endCursor`).' }),
  };
}

/** A page costs its size times what is selected on each node. */
export function pageComplexity(args: { first?: number | null }) {
  return { field: 1, multiplier: args.first ?? DEFAULT_PAGE_SIZE };
}
