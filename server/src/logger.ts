/** Where the server writes; graphql-yoga's logger has the same shape. */
export type Logger = Record<'debug' | 'info' | 'warn' | 'error', (...args: unknown[]) => void>;

/**
 * Console logging on a named channel. Debug lines only when DEBUG names the channel (or a
 * prefix of it followed by `*`), as in `DEBUG=treatygraph:*`.
 */
export function createConsoleLogger(channel = 'treatygraph:server'): Logger {
  const prefix = `[${channel}]`;
  const patterns = (process.env.DEBUG ?? '').split(',').map((p) => p.trim());
  const debug = patterns.some(
    (p) => p === channel || (p.endsWith('*') && channel.startsWith(p.slice(0, -1))),
  );
  return {
    debug: debug ? (...args) => console.debug(prefix, ...args) : () => undefined,
    info: (...args) => console.info(prefix, ...args),
    warn: (...args) => console.warn(prefix, ...args),
    error: (...args) => console.error(prefix, ...args),
  };
}
