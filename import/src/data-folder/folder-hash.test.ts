import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderHash } from './folder-hash';

describe('folderHash', () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'treatygraph-hash-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is the same for the same files wherever the folder sits', () => {
    const files = { 'index.csv': 'a,b\n', 'treaties/1-1.csv': 'x\n' };
    expect(folderHash(folder(files))).toBe(folderHash(folder(files)));
  });

  it('changes when a file is edited, added or renamed, in a subfolder too', () => {
    const base = folderHash(folder({ 'index.csv': 'a,b\n', 'treaties/1-1.csv': 'x\n' }));
    expect(folderHash(folder({ 'index.csv': 'a,b\n', 'treaties/1-1.csv': 'y\n' }))).not.toBe(base);
    expect(
      folderHash(folder({ 'index.csv': 'a,b\n', 'treaties/1-1.csv': 'x\n', 'README.md': '' })),
    ).not.toBe(base);
    expect(folderHash(folder({ 'index.csv': 'a,b\n', 'treaties/1-2.csv': 'x\n' }))).not.toBe(base);
  });
});
