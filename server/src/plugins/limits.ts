import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../errors';

// The callback type, taken from the plugin's own signature (its types package is not ours).
type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

export type Limits = {
  /** Deepest selection nesting; a connection spends two levels on edges and node. */
  depth: number;
  aliases: number;
  directives: number;
  /** Tokens in the document; bounds parsing work before anything else runs. */
  tokens: number;
  /** Estimated cost, checked by `useCostLimit`. */
  cost: number;
};

export const DEFAULT_LIMITS: Limits = {
  depth: 12,
  aliases: 15,
  directives: 10,
  tokens: 2_000,
  cost: 20_000,
};

// Validation rules report through the context so every limit hit comes back at once, with
// a code; the token limit fires in the parser, which has no context, so it tags the error.
const reject =
  (code: ErrorCode): RejectCallback =>
  (context, error) => {
    const tagged = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code },
    });
    if (context) context.reportError(tagged);
    else throw tagged;
  };

/**
 * GraphQL Armor's document limits: depth, aliases, directives, tokens. Its own cost estimate
 * is off: it cannot see page sizes, which `useCostLimit` weighs with the schema's complexity.
 * Field suggestions stay on, since the schema is public through introspection anyway.
 */
export function useDocumentLimits(limits: Limits): Plugin {
  const protection = (n: number, code: ErrorCode) => ({
    n,
    onReject: [reject(code)],
    propagateOnRejection: false,
  });
  return EnvelopArmorPlugin({
    maxDepth: protection(limits.depth, 'DEPTH_LIMIT'),
    maxAliases: protection(limits.aliases, 'ALIAS_LIMIT'),
    maxDirectives: protection(limits.directives, 'DIRECTIVE_LIMIT'),
    maxTokens: protection(limits.tokens, 'TOKEN_LIMIT'),
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
}
