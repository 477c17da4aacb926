import { execFileSync } from 'node:child_process';
import { platform } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HEAVY_THREAD_NICE } from './lower-priority';

// In a child process, so the test runner's own threads keep their priority.
const SCRIPT = `
import { readdirSync, readFileSync } from 'node:fs';
import { lowerThreadPriority } from ${JSON.stringify(new URL('./lower-priority.ts', import.meta.url).href)};
const field = (tid, k) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[k]);
const niceOf = (tid) => field(tid, 16);
const policyOf = (tid) => field(tid, 38);
const before = niceOf(process.pid);
const lowered = lowerThreadPriority();
const others = readdirSync('/proc/self/task').map(Number).filter((tid) => tid !== process.pid);
console.log(JSON.stringify({
  before, lowered, self: niceOf(process.pid), policy: policyOf(process.pid),
  others: others.map(niceOf), otherPolicies: others.map(policyOf),
}));
`;

const hasChrt = (() => {
  try {
    execFileSync('chrt', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const SCHED_OTHER = 0;
const SCHED_IDLE = 5;

describe('lowerThreadPriority', () => {
  it.runIf(platform() === 'linux')('lowers the calling thread and no other', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', SCRIPT],
      { encoding: 'utf8' },
    );
    const { before, lowered, self, policy, others, otherPolicies } = JSON.parse(output) as {
      before: number;
      lowered: { nice: boolean; idleOnly: boolean };
      self: number;
      policy: number;
      others: number[];
      otherPolicies: number[];
    };
    expect(lowered.nice).toBe(true);
    expect(self).toBe(HEAVY_THREAD_NICE);
    // SCHED_IDLE is policy 5, SCHED_OTHER 0 (field 41 of /proc/…/stat).
    expect(lowered.idleOnly).toBe(hasChrt);
    expect(policy).toBe(hasChrt ? SCHED_IDLE : SCHED_OTHER);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((nice) => nice === before)).toBe(true);
    expect(otherPolicies.every((p) => p === SCHED_OTHER)).toBe(true);
  });
});
