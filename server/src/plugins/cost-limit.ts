import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/** Variable sets remembered per document: a client paging through a list reuses a few. */
const VARIABLE_SETS_PER_DOCUMENT = 64;

/**
 * Rejects operations whose estimated cost is over `maxCost` before any resolver runs. Cost
 * comes from the schema's per-field complexity (a page of `first: 50` multiplies what is
 * selected under it by 50), so it depends on variables: it runs at execution, not as a
 * validation rule, because yoga caches validation per document regardless of variables.
 * The verdict is remembered per document (yoga's parser cache hands the same document for
 * the same text) and variables: the schema's complexities read arguments only, so the same
 * pair always costs the same, and walking the document again took as long as executing it.
 */
export function useCostLimit(options: { maxCost: number }): Plugin {
  const verdicts = new WeakMap<DocumentNode, LRUCache<string, readonly GraphQLError[]>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let byVariables = verdicts.get(args.document);
      if (!byVariables) {
        byVariables = new LRUCache({ max: VARIABLE_SETS_PER_DOCUMENT });
        verdicts.set(args.document, byVariables);
      }
      const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
      let errors = byVariables.get(key);
      if (!errors) {
        errors = costErrors(args, options.maxCost);
        byVariables.set(key, errors);
      }
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}

function costErrors(
  args: Parameters<NonNullable<Plugin['onExecute']>>[0]['args'],
  maxCost: number,
): readonly GraphQLError[] {
  const rule = createComplexityRule({
    variableValues: args.variableValues ?? {},
    operationName: args.operationName ?? undefined,
    context: args.contextValue as object,
    validate: (result, report) => {
      if (result.complexity <= maxCost) return;
      report(
        new GraphQLError(
          `Query cost ${result.complexity} is over the limit of ${maxCost}: ` +
            'ask for smaller pages or fewer nested lists.',
          {
            extensions: {
              code: 'COST_LIMIT',
              cost: result.complexity,
              maxCost,
            },
          },
        ),
      );
    },
  });
  return validate(args.schema, args.document, [rule]);
}
