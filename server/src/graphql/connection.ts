import type { ObjectRef } from '@pothos/core';
import type { Connection } from '../loaders/page';
import { builder } from './builder';
import type { BuilderTypes } from './builder';

/**
 * A Relay connection type `<Name>Connection` (edges, pageInfo) plus `totalCount`, over any node
 * type. Ids stay natural keys: the relay plugin is used for its connection shapes only.
 */
export function connectionOf<TNode>(options: {
  type: ObjectRef<BuilderTypes, TNode, TNode> | ObjectRef<BuilderTypes, string | TNode, TNode>;
  name: string;
  noun: string;
}) {
  return builder.connectionObject(
    {
      type: options.type,
      name: options.name,
      description: `A page of ${options.noun}, with the total matching the filter.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${options.noun} match the filter, across all pages.`,
          resolve: (connection) => (connection as Connection<TNode>).totalCount,
        }),
      }),
    },
    { description: `One of the ${options.noun} in a page, with its cursor.` },
  );
}
