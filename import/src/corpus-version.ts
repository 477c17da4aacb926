import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles } from './import-corpus';

/**
 * The bundled corpus's version. `npm start` seeds a graph only when it holds an older version
 * (or none), so every change to `corpus/` raises `version`; `digest` is what a unit test checks
 * the files against, so that a change without a new version fails.
 */
export const CORPUS_VERSION = {
  version: 1,
  digest: 'c2983d79a071ed8b67106858a7bcbb5deb43e7c2249bcf3de787548802548be5',
};

/** SHA-256 over the corpus files' names and contents, in import order. */
export function corpusDigest(): string {
  const hash = createHash('sha256');
  for (const file of corpusFiles())
    hash.update(`${basename(file)}\0${readFileSync(file, 'utf8')}\0`);
  return hash.digest('hex');
}
