import { describe, expect, it } from 'vitest';
import { CORPUS_VERSION, corpusDigest } from './corpus-version';

describe('CORPUS_VERSION', () => {
  it('belongs to the corpus files as they are', () => {
    expect(
      corpusDigest(),
      'corpus/ changed: raise CORPUS_VERSION.version and set its digest to this value',
    ).toBe(CORPUS_VERSION.digest);
  });
});
