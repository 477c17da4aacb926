/** One timed stretch of a bench run; phases that run side by side overlap. */
export type Phase = { name: string; ms: number };

/**
 * `95.2 s`, `2 min 40 s`: how long a phase or a run took, for the log.
 * @example formatDuration(160_400) // '2 min 40 s'
 */
export function formatDuration(ms: number): string {
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export type Phases = {
  /** Runs `task`, logs its duration when it settles (even if it fails) and keeps it. */
  time<T>(name: string, task: () => Promise<T>): Promise<T>;
  list(): readonly Phase[];
};

export function createPhases(log: (line: string) => void): Phases {
  const phases: Phase[] = [];
  return {
    async time(name, task) {
      const started = performance.now();
      try {
        return await task();
      } finally {
        const ms = performance.now() - started;
        phases.push({ name, ms });
        log(`${name}: ${formatDuration(ms)}`);
      }
    },
    list: () => phases,
  };
}
