/**
 * Shares one load among concurrent callers without ever answering a caller with a load that
 * began before it called: a caller arriving while a load runs waits for the next one, which
 * starts when that load settles and serves everyone who arrived meanwhile. Under load there
 * is at most one load in flight and one waiting, however many callers; each caller still sees
 * what was there when it called (an import committed before a request is seen by it).
 */
export function freshRead<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let waiting: Promise<T> | undefined;
  const begin = (): Promise<T> => {
    const started = load().finally(() => {
      if (running === started) running = undefined;
    });
    running = started;
    return started;
  };
  const settled = () => undefined;
  return () => {
    if (!running) return begin();
    waiting ??= running.then(settled, settled).then(() => {
      waiting = undefined;
      return begin();
    });
    return waiting;
  };
}
