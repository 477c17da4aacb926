import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One graphql realm: without the alias vitest can load two copies and Pothos refuses the mix.
const alias = { graphql: require.resolve('graphql') };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            '{schema,formats,import,server,scripts,test}/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/*.browser.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          // Community edition has one database: files must not interleave.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
