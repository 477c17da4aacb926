import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('.', import.meta.url));

/**
 * What each layer may not import: the chain runs graphql → loaders → cypher → db, one way;
 * analysis is pure computation that any layer above cypher may use.
 */
const forbidden: Record<string, string[]> = {
  analysis: ['db', 'cypher', 'loaders', 'graphql', 'plugins', 'export', 'yoga', 'context'],
  db: ['cypher', 'loaders', 'graphql', 'plugins', 'yoga', 'context'],
  cypher: ['loaders', 'graphql', 'plugins', 'yoga', 'context'],
  loaders: ['graphql', 'plugins', 'yoga'],
  heavy: ['graphql', 'plugins', 'yoga', 'context'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

it.each(Object.entries(forbidden))('%s imports only from layers below it', (layer, banned) => {
  const offending = sourceFiles(join(src, layer)).flatMap((file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)];
    return imports
      .map((m) => relative(src, join(file, '..', m[1] ?? '')))
      .filter((target) => banned.some((b) => target === b || target.startsWith(`${b}/`)))
      .map((target) => `${relative(src, file)} → ${target}`);
  });
  expect(offending).toEqual([]);
});
