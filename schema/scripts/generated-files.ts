import { importDocumentJsonSchema, schemaStatements } from '../src';

/** The text of every file in schema/generated, derived from the model. */
export function generatedFiles(): Record<string, string> {
  const header = '// Generated from schema/src/model by `npm run gen`. Do not edit.\n';
  return {
    'constraints.cypher':
      header +
      schemaStatements()
        .map((s) => `${s.cypher};`)
        .join('\n') +
      '\n',
    'import-document.schema.json': JSON.stringify(importDocumentJsonSchema(), null, 2) + '\n',
  };
}
