import { Kind, parse } from 'graphql';
import type { DocumentNode, GraphQLSchema, SelectionSetNode } from 'graphql';

/**
 * Field extension: a root field whose answer is an expensive computation (worker pool, cached,
 * refused with 429 under pressure). `asksExpensive` finds them in a request.
 */
export const EXPENSIVE = { expensive: true } as const;

function expensiveRootFields(schema: GraphQLSchema): Set<string> {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return new Set(fields.filter((f) => f.extensions.expensive === true).map((f) => f.name));
}

/** Whether a selection set at the root selects one of `names`, through fragments too. */
function rootSelects(document: DocumentNode, names: Set<string>) {
  const seen = new Set<string>();
  const selects = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return names.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name,
      );
      return fragment?.kind === Kind.FRAGMENT_DEFINITION ? selects(fragment.selectionSet) : false;
    });
  return selects;
}

/**
 * A test of request params: does the operation they run select an expensive root field? A
 * document that does not parse within `maxTokens`, or names no operation it holds, does not
 * (GraphQL answers it with its own error).
 */
export function expensiveRequestTest(
  schema: GraphQLSchema,
  maxTokens: number,
): (params: { query?: unknown; operationName?: unknown }) => boolean {
  const names = expensiveRootFields(schema);
  return (params) => {
    if (typeof params.query !== 'string') return false;
    let document: DocumentNode;
    try {
      document = parse(params.query, { noLocation: true, maxTokens });
    } catch {
      return false;
    }
    const wanted = typeof params.operationName === 'string' ? params.operationName : undefined;
    const operation = document.definitions.find(
      (d) => d.kind === Kind.OPERATION_DEFINITION && (!wanted || d.name?.value === wanted),
    );
    return operation?.kind === Kind.OPERATION_DEFINITION && operation.operation === 'query'
      ? rootSelects(document, names)(operation.selectionSet)
      : false;
  };
}
