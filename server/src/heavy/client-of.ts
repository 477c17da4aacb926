import type { IncomingMessage } from 'node:http';

/**
 * Who is asking, for per-client limits: the peer address under node:http ('local' when the
 * app is called without a socket, as tests do). Behind a proxy this is the proxy.
 */
export function clientOf(serverContext: unknown): string {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket.remoteAddress ?? 'local';
}
