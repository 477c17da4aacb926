import { createServer } from 'node:http';
import type { RequestListener, ServerResponse } from 'node:http';
import { Server } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import type { RequestGate } from './plugins/early-refusal';

export type RunningServer = {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then resolves. */
  close(): Promise<void>;
};

export type StartServerOptions = {
  /** A yoga instance from `createYoga` (its `gate` runs first), or any Node request listener. */
  yoga: RequestListener & { gate?: RequestGate };
  port: number;
  host: string;
  /** How long in-flight requests may take to finish on close (default 10 s). */
  graceMs?: number;
};

/**
 * How long a connection accepted before close may take to send its request. A client that
 * connected has usually sent it already; the server under load just has not read it yet.
 */
const PENDING_REQUEST_GRACE_MS = 500;

/**
 * Listens with node:http. Closing is graceful: no new connections; a connection is only ever
 * closed between requests, so every request a client sent before the close is answered (with
 * `connection: close`); idle ones go after a short grace, and everything after `graceMs`.
 * @example const server = await startServer({ yoga, port: 4000, host: '127.0.0.1' });
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { graceMs = 10_000 } = options;
  const server = createServer();
  // Requests in progress per open connection.
  const busy = new Map<Socket, number>();
  const responding = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;
  const closeWhenIdle = (socket: Socket) => {
    const timer = setTimeout(
      () => {
        if (busy.get(socket) === 0) socket.destroy();
      },
      Math.min(graceMs, PENDING_REQUEST_GRACE_MS),
    );
    timer.unref();
  };
  server.on('connection', (socket: Socket) => {
    busy.set(socket, 0);
    socket.once('close', () => busy.delete(socket));
  });
  // Registered before the app, so it sees each request first.
  server.on('request', (req, res) => {
    const socket = req.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    if (closing && !res.headersSent) res.setHeader('connection', 'close');
    responding.add(res);
    res.once('close', () => {
      responding.delete(res);
      const left = (busy.get(socket) ?? 1) - 1;
      busy.set(socket, left);
      // A response sent before the close said keep-alive: its client may still send one more.
      if (closing && left === 0) closeWhenIdle(socket);
    });
  });
  const { yoga } = options;
  const gate = yoga.gate;
  server.on('request', gate ? (req, res) => gate(req, res, () => yoga(req, res)) : yoga);
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
        // Told now, a keep-alive client does not send its next request to a closing connection.
        for (const res of responding) if (!res.headersSent) res.setHeader('connection', 'close');
        // The listener closes after one more poll of the event loop, which accepts every
        // connection the kernel has queued: closing it at once reset those (a busy server had
        // clients waiting a quarter of a second). net's close, not http's: http's also drops
        // connections with no request in progress, including ones whose request is on its way.
        const closeListener = () =>
          Server.prototype.close.call(server, (error?: Error) => {
            clearTimeout(force);
            if (error) reject(error);
            else resolve();
          });
        setImmediate(() => setImmediate(closeListener));
        for (const [socket, requests] of busy) if (requests === 0) closeWhenIdle(socket);
      });
      return closing;
    },
  };
}
