import { valueFromASTUntyped } from 'graphql';
import { builder } from '../builder';

/** Free-form data of a graph element: the properties of a node or relationship as stored. */
export const JsonScalar = builder.scalarType('JSON', {
  description:
    'Any JSON value: here, the properties of a node or relationship as stored (dates as ' +
    'YYYY-MM-DD strings, lists as arrays).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc8259',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});
