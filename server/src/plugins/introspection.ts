import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js's own rule, with its report tagged so clients can branch on the code.
function tagged(context: ValidationContext) {
  const proxy = Object.create(context) as ValidationContext;
  proxy.reportError = (error: GraphQLError) =>
    context.reportError(
      new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { code: 'INTROSPECTION_DISABLED' },
      }),
    );
  return NoSchemaIntrospectionCustomRule(proxy);
}

// "Did you mean …?" would let a client map the schema by guessing names.
const SUGGESTION = / Did you mean .+\?$/;

/**
 * Refuses `__schema` and `__type` (not `__typename`) when introspection is off, as a
 * validation rule, so nothing runs; and drops the field-name suggestions of validation errors.
 * For deployments that do not publish their schema.
 */
export function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(tagged);
      return ({ result, setResult }) => {
        if (!result.some((e) => SUGGESTION.test(e.message))) return;
        setResult(
          result.map(
            (e) =>
              new GraphQLError(e.message.replace(SUGGESTION, ''), {
                nodes: e.nodes,
                extensions: e.extensions,
              }),
          ),
        );
      };
    },
  };
}
