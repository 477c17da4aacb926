import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { projectionOf } from '../graphql/projection';
import type { ProjectionOf } from '../loaders/create-loaders';

/**
 * Tells each request's loaders which node properties its operation can read
 * (`projectionOf`), worked out once per document and operation name: yoga's parser cache
 * hands the same document for the same text.
 */
export function useProjection(): Plugin {
  const known = new WeakMap<DocumentNode, Map<string, ProjectionOf>>();
  return {
    onExecute({ args }) {
      let byOperation = known.get(args.document);
      if (!byOperation) {
        byOperation = new Map();
        known.set(args.document, byOperation);
      }
      const name = args.operationName ?? '';
      let projection = byOperation.get(name);
      if (!projection) {
        projection = projectionOf(args.schema, args.document, args.operationName);
        byOperation.set(name, projection);
      }
      (args.contextValue as unknown as Context).projection.of = projection;
    },
  };
}
