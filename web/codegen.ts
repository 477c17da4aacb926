import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Absolute paths, so the drift test (run from the repo root) and `npm run gen` (run in web/)
// generate the same files.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The web's typed documents, generated from the server's printed SDL. Run `npm run gen -w web`. */
const config: CodegenConfig = {
  schema: here('../schema/graphql/schema.graphql'),
  documents: here('src/api/operations/*.graphql'),
  generates: {
    [here('src/api/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', JSON: 'unknown' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
