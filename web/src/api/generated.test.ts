import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const generatedDir = fileURLToPath(new URL('./generated/', import.meta.url));
const fix =
  'web/src/api/generated is stale: run `npm run gen` in web/ (`npm run gen -w web`) and commit';

describe('generated GraphQL documents', () => {
  it('match the committed SDL and operations', async () => {
    // saveToFile = false: codegen returns the files instead of writing them.
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, silent: true },
      false,
    );
    const expected = new Map(outputs.map((o) => [basename(o.filename), o.content]));
    const committed = (await readdir(generatedDir)).sort();

    expect(committed, fix).toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) {
      expect(await readFile(`${generatedDir}${name}`, 'utf8'), `${name}: ${fix}`).toBe(content);
    }
  });
});
