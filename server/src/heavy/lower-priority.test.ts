import { execFileSync } from 'node:child_process';
import { platform } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HEAVY_THREAD_NICE } from './lower-priority';

// In a child process, so the test runner's own threads keep their priority.
const SCRIPT = `
import { readdirSync, readFileSync } from 'node:fs';
import { lowerThreadPriority } from ${JSON.stringify(new URL('./lower-priority.ts', import.meta.url).href)};
const niceOf = (tid) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
const before = niceOf(process.pid);
const lowered = lowerThreadPriority();
const others = readdirSync('/proc/self/task').map(Number).filter((tid) => tid !== process.pid);
console.log(JSON.stringify({ before, lowered, self: niceOf(process.pid), others: others.map(niceOf) }));
`;

describe('lowerThreadPriority', () => {
  it.runIf(platform() === 'linux')('lowers the calling thread and no other', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', SCRIPT],
      { encoding: 'utf8' },
    );
    const { before, lowered, self, others } = JSON.parse(output) as {
      before: number;
      lowered: boolean;
      self: number;
      others: number[];
    };
    expect(lowered).toBe(true);
    expect(self).toBe(HEAVY_THREAD_NICE);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((nice) => nice === before)).toBe(true);
  });
});
