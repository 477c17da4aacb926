import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context';

/** Cost of a list inside a type (signatories, parties…), whose length the client cannot cap. */
export const LIST_MULTIPLIER = 10;

/**
 * The one Pothos builder. Relay gives connection types only: ids are natural keys, so no Node
 * interface or global ids. Dataloader gives loadable node types; complexity gives per-field
 * costs that the COST_LIMIT rule adds up before execution.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  complexity: { defaultComplexity: 1, defaultListMultiplier: LIST_MULTIPLIER },
  relay: {
    cursorType: 'String',
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    hasNextPageFieldOptions: { description: 'Whether nodes follow this page.' },
    hasPreviousPageFieldOptions: {
      description: 'Whether this page was requested after a cursor, so nodes precede it.',
    },
    startCursorFieldOptions: { description: 'Cursor of the first node of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last node; pass it as `after`.' },
    pageInfoFieldOptions: { description: 'Paging state.' },
    edgesFieldOptions: {
      description: 'The nodes of this page with their cursors, in order.',
      // The connection field already multiplies by the page size.
      complexity: { field: 0, multiplier: 1 },
    },
    cursorFieldOptions: { description: 'Opaque position of this node, for `after`.' },
    nodeFieldOptions: { description: 'The node.' },
  },
});

builder.queryType({ description: 'Read-only entry points into the treaty graph.' });

/** The builder's schema types, for helpers generic over object refs. */
export type BuilderTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
