import { describe, expect, it } from 'vitest';
import { createPhases, formatDuration } from './phases';

describe('formatDuration', () => {
  it('gives seconds with a decimal below a minute, minutes and whole seconds above', () => {
    expect(formatDuration(950)).toBe('0.9 s');
    expect(formatDuration(59_940)).toBe('59.9 s');
    expect(formatDuration(160_400)).toBe('2 min 40 s');
    expect(formatDuration(179_600)).toBe('3 min 0 s');
  });
});

describe('createPhases', () => {
  it('keeps and logs every phase in the order they end, failed ones too', async () => {
    const lines: string[] = [];
    const phases = createPhases((line) => lines.push(line));
    expect(await phases.time('first', () => Promise.resolve(42))).toBe(42);
    await expect(phases.time('broken', () => Promise.reject(new Error('no')))).rejects.toThrow(
      'no',
    );
    expect(phases.list().map((p) => p.name)).toEqual(['first', 'broken']);
    expect(phases.list().every((p) => p.ms >= 0)).toBe(true);
    expect(lines).toEqual([
      expect.stringMatching(/^first: \d/),
      expect.stringMatching(/^broken: /),
    ]);
  });
});
