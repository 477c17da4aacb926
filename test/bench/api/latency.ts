/** One way of asking a question, timed end to end from this process. */
export type Side = { name: string; ask: () => Promise<unknown> };

export type LatencyOptions = {
  sides: readonly Side[];
  warmup: number;
  /** Keep sampling until this much time has passed… */
  windowMs: number;
  /** …and at least this many rounds were run, unless a slow question passes `maxMs`. */
  minRounds: number;
  maxMs: number;
};

/** Rounds a slow question still gets after `maxMs`, so it has a median at all. */
const FLOOR_ROUNDS = 3;

/**
 * Latencies in ms per side. Sides are asked in turn, one request at a time, in an order that
 * rotates each round, so load from other processes on a shared machine hits them alike.
 */
export async function measureLatency(options: LatencyOptions): Promise<Map<string, number[]>> {
  const { sides, warmup, windowMs, minRounds, maxMs } = options;
  for (let i = 0; i < warmup; i += 1) for (const side of sides) await side.ask();
  const samples = new Map<string, number[]>(sides.map((side) => [side.name, []]));
  const started = performance.now();
  const more = (round: number, elapsed: number) =>
    (round < minRounds || elapsed < windowMs) && (round < FLOOR_ROUNDS || elapsed < maxMs);
  for (let round = 0; more(round, performance.now() - started); round += 1) {
    for (let k = 0; k < sides.length; k += 1) {
      const side = sides[(round + k) % sides.length];
      if (!side) continue;
      const at = performance.now();
      await side.ask();
      samples.get(side.name)?.push(performance.now() - at);
    }
  }
  return samples;
}
