import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const boundary = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.cache/**',
      '.data/**',
      'web/src/api/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'max-params': ['error', 3],
    },
  },
  {
    files: ['schema/src/**'],
    rules: boundary([
      {
        group: ['@treatygraph/*', '../../import/*', '../../server/*', '../../web/*'],
        message:
          'schema depends on nothing in the repo: the model is the root of every other layer.',
      },
    ]),
  },
  {
    files: ['formats/src/**'],
    rules: boundary([
      {
        group: ['@treatygraph/*', '../../*/src/*'],
        message: 'formats depends on nothing in the repo: the API and the UI both use it.',
      },
    ]),
  },
  {
    files: ['import/src/**'],
    rules: boundary([
      {
        group: ['@treatygraph/server', '@treatygraph/web', '**/server/src/**', '**/web/src/**'],
        message: 'import may use @treatygraph/schema only; share code through schema instead.',
      },
      { group: ['**/schema/src/**'], message: "Import '@treatygraph/schema', not its internals." },
    ]),
  },
  {
    files: ['server/src/**'],
    rules: boundary([
      {
        group: ['@treatygraph/import', '@treatygraph/web', '**/import/src/**', '**/web/src/**'],
        message:
          'server may use @treatygraph/schema and @treatygraph/formats only; the importer runs beside it (a port passed to createYoga), not inside.',
      },
      {
        group: ['**/schema/src/**', '**/formats/src/**'],
        message: "Import '@treatygraph/schema' or '@treatygraph/formats', not their internals.",
      },
    ]),
  },
  {
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: boundary([
      {
        // formats is the exception: pure exchange-format writers shared with the API's exports.
        group: [
          '@treatygraph/*',
          '!@treatygraph/formats',
          '**/schema/src/**',
          '**/server/src/**',
          '**/import/src/**',
        ],
        message:
          'web talks to the server through GraphQL only (and may use @treatygraph/formats); use the generated operation types.',
      },
    ]),
  },
  {
    files: ['test/**'],
    rules: boundary([
      {
        group: ['**/schema/src/**', '**/import/src/**', '**/server/src/**'],
        message: 'Cross-package suites use public entry points (@treatygraph/<pkg>) only.',
      },
    ]),
  },
);
