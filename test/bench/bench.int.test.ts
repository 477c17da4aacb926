import { describe, expect, inject, it } from 'vitest';
import { runBench } from './bench';

// A smoke run of the harness on a tiny corpus: it must produce well-formed records. No figure
// is asserted: timings on a shared machine are not test material.
describe('npm run bench -- --quick', () => {
  it('imports, asks every API question three ways and reports memory', async () => {
    const { machine, results } = await runBench({
      sizes: [300],
      quick: true,
      parts: ['import', 'api', 'storm', 'memory'],
      seed: 3,
      neo4jUri: inject('neo4jUri'),
    });
    expect(machine).toMatch(/nproc \d+ · memory .* · Node v20.* · Neo4j 5\./);
    const records = results.map((r) => r.record);
    const names = records.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'import.throughput@300',
      'import.reimport@300',
      'import.rss-peak@300',
      'api.p50.declaration@300',
      'peer.p50.coSignatories@300',
      'api.rps.search@300',
      'peer.rps.compare@300',
      // The names issue 17's targets use: no corpus size (it is in the note).
      'api.p50.coalitions@http',
      'api.rps.graph@http',
      'storm.p95.state',
      'memory.server-rss@300',
      'memory.neo4j-heap@300',
    ]) {
      expect(names).toContain(name);
    }
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(['baseline', 'name', 'ratio', 'unit', 'value']);
      // A slow question can finish no request in a one-second throughput window: 0 is a value.
      if (record.value !== null) expect(record.value).toBeGreaterThanOrEqual(0);
      if (record.ratio !== null && record.value && record.baseline) {
        expect(record.ratio / (record.value / record.baseline)).toBeCloseTo(1, 2);
      }
    }
  }, 300_000);
});
