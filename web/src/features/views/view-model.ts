import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphElements } from '../../graph/elements';
import type { ColorKey } from '../../graph/paint';

/** What a view hands the canvas, the legend and the exports. */
export type ViewModel = {
  elements: GraphElements;
  colorKey: ColorKey;
  /** Why nothing is drawn, when nothing is; null when something is. */
  empty: string | null;
  /** The GraphQL operation (and variables) that fetched the view's data, for export. */
  query: string;
  /** Short notes on what the view added or left out, such as expanded neighbours. */
  notices: string[];
  /** Set when the view draws its groups as blocks without lines, saying so (see `blocksNote`). */
  blocks?: string | null;
};

/**
 * An operation as a reader can rerun it: the printed document, then its variables as JSON.
 * @example queryText(CompareDocument, { a, b, asOf })
 */
export function queryText<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): string {
  return `${print(document)}\n\n# Variables:\n# ${JSON.stringify(variables)}\n`;
}
