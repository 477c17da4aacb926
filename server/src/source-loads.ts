/** Where one data source's background import stands (the import package's `SourceLoad`). */
export type SourceLoadRecord = {
  name: string;
  state: 'pending' | 'loading' | 'loaded' | 'failed';
  message?: string;
  unchanged?: boolean;
  counts?: Record<string, number>;
  durationMs?: number;
};

/** Reads the current state of every source; none when no data folder is being loaded. */
export type SourceLoads = () => readonly SourceLoadRecord[];

export const noSourceLoads: SourceLoads = () => [];
