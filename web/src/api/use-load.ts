import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from './errors';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: T };

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and tracks its state. A newer key
 * or unmounting aborts the running load, so a slow answer never overwrites a newer one.
 * @example
 * const state = useLoad(`state:${code}`, (signal) => request(StateDetailsDocument, { code }, { signal }));
 */
export function useLoad<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): [LoadState<T>, () => void] {
  const [state, setState] = useState<LoadState<T>>({ status: key === null ? 'idle' : 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({
          status: 'error',
          error: error instanceof Error ? error : new Error(String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
