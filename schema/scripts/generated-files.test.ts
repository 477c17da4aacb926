import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from './generated-files';

describe('schema/generated', () => {
  it.each(Object.entries(generatedFiles()))(
    '%s is up to date (run `npm run gen`)',
    (name, text) => {
      const path = fileURLToPath(new URL(`../generated/${name}`, import.meta.url));
      expect(readFileSync(path, 'utf8'), 'stale: run `npm run gen`').toBe(text);
    },
  );
});
