/**
 * fcose starts from random positions (Math.random). Drawing its randomness from a generator seeded
 * by the view's node ids makes the same view lay out the same way every time, so a shared link
 * shows the picture its sender saw.
 */

/** mulberry32, as the server's community detection uses: small, fast, deterministic. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed from ids, independent of their order (FNV-1a of the sorted list).
 * @example seedOf(['LAO', 'untoc']) === seedOf(['untoc', 'LAO'])
 */
export function seedOf(ids: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Runs `work` (synchronous: a Cytoscape layout's `run()` without animation) with Math.random
 * drawing from a generator seeded with `seed`, and restores Math.random after.
 * @example withSeededRandom(seedOf(ids), () => layout.run())
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
