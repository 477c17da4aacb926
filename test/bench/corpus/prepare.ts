import { join } from 'node:path';
import { generateCorpus } from './generate';
import type { Corpus } from './generate';
import { writeCorpusFiles } from './write-files';

/** A generated corpus written out as import files, ready for the importer or the baseline. */
export type PreparedCorpus = { edges: number; corpus: Corpus; files: string[] };

/** Generates the corpus of `edges` signature edges for `seed` and writes it under `work`. */
export async function prepareCorpus(options: {
  seed: number;
  edges: number;
  work: string;
}): Promise<PreparedCorpus> {
  const { seed, edges, work } = options;
  const corpus = generateCorpus({ seed, edges });
  const files = await writeCorpusFiles(corpus, join(work, `corpus-${edges}`));
  return { edges, corpus, files };
}
