import { describe, expect, it } from 'vitest';
import { benchResult, formatTable, targetMet } from './records';

describe('benchResult', () => {
  it('computes the ratio of value to baseline and judges it against the target', () => {
    const fast = benchResult({
      name: 'import',
      value: 9_000,
      unit: 'edges/s',
      baseline: 10_000,
      target: { op: '>=', ratio: 0.8 },
    });
    expect(fast.record).toEqual({
      name: 'import',
      value: 9_000,
      unit: 'edges/s',
      baseline: 10_000,
      ratio: 0.9,
    });
    expect(targetMet(fast)).toBe(true);
    const slow = benchResult({
      name: 'p50',
      value: 3,
      unit: 'ms',
      baseline: 2,
      target: { op: '<=', ratio: 1.25 },
    });
    expect(targetMet(slow)).toBe(false);
  });

  it('has no ratio when a side is missing, and then no verdict', () => {
    const na = benchResult({ name: 'peer', value: null, unit: 'ms', baseline: 2, note: 'n/a' });
    expect(na.record.ratio).toBeNull();
    expect(targetMet({ ...na, target: { op: '<=', ratio: 1 } })).toBeUndefined();
  });
});

describe('formatTable', () => {
  it('prints one Markdown row per result with its verdict', () => {
    const table = formatTable([
      benchResult({
        name: 'a',
        value: 1_234.5,
        unit: 'ms',
        baseline: 1_000,
        target: { op: '<=', ratio: 1.25 },
      }),
      benchResult({ name: 'b', value: null, unit: 'ms', note: 'cannot express' }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| a | 1,235 | 1,000 | ms | 1.23 | <= 1.25 | yes |  |');
    expect(lines[3]).toBe('| b | n/a | n/a | ms | n/a |  |  | cannot express |');
  });
});

describe('benchResult precision', () => {
  it('keeps a small ratio as precise as its figures, so ratio matches value / baseline', () => {
    const { record } = benchResult({ name: 'x', value: 0.6817, unit: 'ms', baseline: 10.02 });
    expect(record.ratio).toBe(0.06803);
    expect((record.ratio ?? 0) / ((record.value ?? 0) / (record.baseline ?? 1))).toBeCloseTo(1, 3);
  });
});
