import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RunningServer = {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then resolves. */
  close(): Promise<void>;
};

export type StartServerOptions = {
  /** A yoga instance from `createYoga`, or any Node request listener. */
  yoga: RequestListener;
  port: number;
  host: string;
  /** How long in-flight requests may take to finish on close (default 10 s). */
  graceMs?: number;
};

/**
 * Listens with node:http. Closing is graceful: no new connections, idle keep-alive ones
 * dropped at once, busy ones dropped as soon as their response is sent.
 * @example const server = await startServer({ yoga, port: 4000, host: '127.0.0.1' });
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { graceMs = 10_000 } = options;
  const server = createServer(options.yoga);
  let closing: Promise<void> | undefined;
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      // Node keeps a finished keep-alive connection open; while closing, drop it as it idles.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
