import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';

describe('parseBenchArgs', () => {
  it('defaults to 1,000 to 100,000 edges and every part', () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: [1_000, 10_000, 100_000],
      quick: false,
      parts: ['import', 'api', 'storm', 'ui', 'memory', 'votes', 'datasets'],
      seed: 1,
    });
  });

  it('adds a million with --full and runs small sizes with --quick', () => {
    expect(parseBenchArgs(['--full']).sizes).toContain(1_000_000);
    expect(parseBenchArgs(['--quick'])).toMatchObject({
      quick: true,
      sizes: [1_000, 5_000],
      parts: ['import', 'api', 'storm', 'ui', 'memory'],
    });
  });

  it('takes sizes, parts, seed, output file and a Neo4j', () => {
    const args = parseBenchArgs([
      '--sizes',
      '20_000,500',
      '--parts',
      'import,memory',
      '--seed',
      '9',
      '--json',
      'out.json',
      '--neo4j',
      'bolt://127.0.0.1:7687',
    ]);
    expect(args).toEqual({
      sizes: [500, 20_000],
      quick: false,
      parts: ['import', 'memory'],
      seed: 9,
      json: 'out.json',
      neo4jUri: 'bolt://127.0.0.1:7687',
    });
  });

  it('names the flag that is wrong', () => {
    expect(() => parseBenchArgs(['--sizes', '10,abc'])).toThrow(/--sizes: "abc"/);
    expect(() => parseBenchArgs(['--parts', 'import,speed'])).toThrow(/--parts: "speed"/);
    expect(() => parseBenchArgs(['--seed', 'x'])).toThrow(/--seed/);
    expect(() => parseBenchArgs(['--quick', '--full'])).toThrow(/exclude/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/fast/);
  });
});
