import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus } from './generate';

/** Writes each document as `NNNNN.json` in `dir` (created), returning the paths in order. */
export async function writeCorpusFiles(corpus: Corpus, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [index, document] of corpus.documents.entries()) {
    const file = join(dir, `${String(index).padStart(5, '0')}.json`);
    await writeFile(file, JSON.stringify(document));
    files.push(file);
  }
  return files;
}
