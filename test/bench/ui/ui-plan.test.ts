import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../corpus/generate';
import { uiCorpusEdges, viewLimits } from './ui-plan';

describe('uiCorpusEdges', () => {
  it('sizes a corpus whose newest declarations reach each view size', () => {
    for (const nodes of [500, 2_000]) {
      const corpus = generateCorpus({ seed: 1, edges: uiCorpusEdges(nodes) });
      const limits = viewLimits({ edges: 0, corpus, files: [] }, [nodes]);
      expect(limits?.[0]?.nodes).toBeGreaterThanOrEqual(nodes);
      // Close to the target: a node or two over, when the last declaration adds no new state.
      expect(limits?.[0]?.nodes).toBeLessThanOrEqual(nodes + 2);
    }
  });
});

describe('viewLimits', () => {
  it('is null when one view is out of reach of the corpus', () => {
    const prepared = { edges: 5_000, corpus: generateCorpus({ seed: 1, edges: 5_000 }), files: [] };
    expect(viewLimits(prepared, [300])).toHaveLength(1);
    expect(viewLimits(prepared, [300, 500])).toBeNull();
  });
});
