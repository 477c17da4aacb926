import { describe, expect, it } from 'vitest';
import { concurrentThroughput } from './throughput';

describe('concurrentThroughput', () => {
  it('counts the calls the database refuses as failed and keeps calling', async () => {
    let calls = 0;
    const ask = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (calls % 2 === 0) throw new Error('dbms.memory.transaction.total.max threshold reached');
    };
    const result = await concurrentThroughput({ ask, seconds: 0.4 });
    expect(result.failed).toBeGreaterThan(0);
    expect(result.perSecond).toBeGreaterThan(0);
  });
});
