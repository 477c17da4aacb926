import { describe, expect, it } from 'vitest';
import { freshRead } from './fresh-read';

/** A load whose calls are counted and settled by hand, in order. */
function manualLoad() {
  const pending: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  let calls = 0;
  const load = () =>
    new Promise<number>((resolve, reject) => {
      calls += 1;
      pending.push({ resolve, reject });
    });
  return { load, calls: () => calls, next: () => pending.shift() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('freshRead', () => {
  it('serves callers that arrive during a load with one later load, never the earlier one', async () => {
    const { load, calls, next } = manualLoad();
    const read = freshRead(load);
    const first = read();
    const second = read();
    const third = read();
    expect(calls()).toBe(1);
    next()?.resolve(1);
    expect(await first).toBe(1);
    await tick();
    // The two that came while the first load ran share the second load, begun after it.
    expect(calls()).toBe(2);
    next()?.resolve(2);
    expect([await second, await third]).toEqual([2, 2]);
    const fourth = read();
    expect(calls()).toBe(3);
    next()?.resolve(3);
    expect(await fourth).toBe(3);
  });

  it('passes a failure to the callers of that load only', async () => {
    const { load, next } = manualLoad();
    const read = freshRead(load);
    const failed = read();
    const later = read();
    next()?.reject(new Error('Neo4j is down'));
    await expect(failed).rejects.toThrow('Neo4j is down');
    await tick();
    next()?.resolve(7);
    expect(await later).toBe(7);
  });
});
