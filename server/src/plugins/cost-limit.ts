import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Rejects operations whose estimated cost is over `maxCost` before any resolver runs. Cost
 * comes from the schema's per-field complexity (a page of `first: 50` multiplies what is
 * selected under it by 50), so it depends on variables: it runs at execution, not as a
 * validation rule, because yoga caches validation per document regardless of variables.
 */
export function useCostLimit(options: { maxCost: number }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const rule = createComplexityRule({
        variableValues: args.variableValues ?? {},
        operationName: args.operationName ?? undefined,
        context: args.contextValue as object,
        validate: (result, report) => {
          if (result.complexity <= options.maxCost) return;
          report(
            new GraphQLError(
              `Query cost ${result.complexity} is over the limit of ${options.maxCost}: ` +
                'ask for smaller pages or fewer nested lists.',
              {
                extensions: {
                  code: 'COST_LIMIT',
                  cost: result.complexity,
                  maxCost: options.maxCost,
                },
              },
            ),
          );
        },
      });
      const errors = validate(args.schema, args.document, [rule]);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
