import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { LRUCache } from 'lru-cache';
import type { AppError } from '../errors';
import { clientOf } from '../heavy/client-of';
import type { HeavyWork } from '../heavy/heavy-work';
import { requestShape } from '../heavy/request-shape';
import type { GraphqlParams } from '../heavy/request-shape';
import { requestIdFrom } from './request-id';

/** Runs before the app; calls `next` to hand the request on, or answers it itself. */
export type RequestGate = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** A cross-origin request needs the app's CORS headers on every answer, refusals included. */
function crossOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function parsedParams(body: Buffer): GraphqlParams {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as GraphqlParams) : {};
  } catch {
    return {};
  }
}

/**
 * How long a connection that was just refused is not read. The refusal itself goes out at
 * once; a client that honours `Retry-After` waits longer anyway, and one that retries in a
 * tight loop (as load generators do) can no longer take the request thread from every other
 * client: a storm of 32 such connections answered two thousand refusals a second.
 */
const REFUSED_READ_PAUSE_MS = 100;

function holdBack(socket: Socket): void {
  socket.pause();
  setTimeout(() => socket.resume(), REFUSED_READ_PAUSE_MS).unref();
}

/**
 * Documents whose answer is remembered, and the longest remembered: a storm repeats one short
 * document with new variables; long ones are parsed each time rather than held.
 */
const MAX_DOCUMENTS = 500;
const MAX_REMEMBERED_LENGTH = 10_000;

/**
 * `asksExpensive` remembered per document and operation (variables cannot change it): a
 * storm's every request parsed its document again, a tenth of the request thread's time.
 */
function remembered(asksExpensive: (params: GraphqlParams) => boolean) {
  const known = new LRUCache<string, boolean>({ max: MAX_DOCUMENTS });
  return (params: GraphqlParams): boolean => {
    if (typeof params.query !== 'string') return false;
    const key = `${typeof params.operationName === 'string' ? params.operationName : ''}\n${params.query}`;
    if (key.length > MAX_REMEMBERED_LENGTH) return asksExpensive(params);
    let answer = known.get(key);
    if (answer === undefined) {
      answer = asksExpensive(params);
      known.set(key, answer);
    }
    return answer;
  };
}

/**
 * Refuses an expensive request before GraphQL executes it: while the pool is full or the
 * client's quota empty, a POST to `endpoint` gets the 429 it would get at its first expensive
 * call, at once. A request of a shape (document and variables) seen before is judged exactly
 * as it would be (a cached or shared answer is not refused); a new one is refused when it
 * selects an expensive field, since it would need a computation unless another spelling of
 * it happens to be cached. A storm's clients retry in a tight loop; each refusal through yoga
 * cost the request thread its HTTP, parsing and execution machinery, which a cheap query then
 * queued behind. Everything else, and every request while nothing is refused, goes straight
 * on (its body, when read, goes with it).
 */
export function createEarlyRefusal(options: {
  heavy: HeavyWork;
  endpoint: string;
  maxBodyBytes: number;
  /** Whether request params select an expensive field. */
  asksExpensive: (params: GraphqlParams) => boolean;
}): RequestGate {
  const { heavy, endpoint, maxBodyBytes } = options;
  const asksExpensive = remembered(options.asksExpensive);
  const refusalOf = (params: GraphqlParams, client: string, pressure: AppError) => {
    const shape = requestShape(params);
    if (shape === undefined) return undefined;
    if (heavy.knowsShape(shape)) return heavy.refusalFor(shape, client);
    return asksExpensive(params) ? pressure : undefined;
  };
  return (req, res, next) => {
    const client = clientOf({ req });
    const length = Number(req.headers['content-length']);
    const pressure = req.method === 'POST' ? heavy.pressure(client) : undefined;
    if (
      !pressure ||
      req.url?.split('?')[0] !== endpoint ||
      !(length > 0 && length <= maxBodyBytes) ||
      crossOrigin(req)
    ) {
      next();
      return;
    }
    readBody(req).then(
      (body) => {
        const refusal = refusalOf(parsedParams(body), client, pressure);
        if (!refusal) {
          // Yoga reads a body already read from `req.body`, as behind a body parser.
          (req as IncomingMessage & { body?: Buffer }).body = body;
          next();
          return;
        }
        const { http, ...extensions } = refusal.extensions as Record<string, unknown> & {
          http?: { headers?: Record<string, string> };
        };
        res.writeHead(429, {
          'content-type': 'application/json; charset=utf-8',
          'x-request-id': requestIdFrom(req.headers['x-request-id']?.toString()),
          ...http?.headers,
        });
        res.end(JSON.stringify({ errors: [{ message: refusal.message, extensions }] }));
        holdBack(req.socket);
      },
      () => res.destroy(),
    );
  };
}
