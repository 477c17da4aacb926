import { Agent, createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HeavyWork } from '../heavy/heavy-work';
import { rateLimited } from '../heavy/rate-limited';
import { requestShape } from '../heavy/request-shape';
import { createEarlyRefusal } from './early-refusal';

const REFUSED = { query: '{ coalitions { id } }', variables: { from: '2020' } };
const CACHED = { query: '{ coalitions { id } }', variables: { from: '2021' } };
const NEW = { query: '{ coalitions { size } }' };

/**
 * While `busy`, REFUSED is a known shape that would be refused, CACHED a known one that would
 * not, and any new request is expensive when it names coalitions. Records what reaches the app.
 */
function setup(busy: boolean) {
  const refusedShape = requestShape(REFUSED);
  const known = new Set([refusedShape, requestShape(CACHED)]);
  const busyError = () => (busy ? rateLimited('Busy; retry shortly.', 2) : undefined);
  const heavy = {
    pressure: busyError,
    knowsShape: (shape: string) => known.has(shape),
    refusalFor: (shape: string) => (shape === refusedShape ? busyError() : undefined),
  } as unknown as HeavyWork;
  const gate = createEarlyRefusal({
    heavy,
    endpoint: '/graphql',
    maxBodyBytes: 1_000,
    asksExpensive: (params) => String(params.query).includes('coalitions'),
  });
  const reached: string[] = [];
  const server = createServer((req, res) =>
    gate(req, res, () => {
      const preRead = (req as { body?: Buffer }).body;
      if (preRead) {
        reached.push(preRead.toString());
        res.end('ok');
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        reached.push(Buffer.concat(chunks).toString());
        res.end('ok');
      });
    }),
  );
  return { server, reached };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('early refusal', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('answers a repeated refused request with 429 and Retry-After, without the app', async () => {
    const app = setup(true);
    server = app.server;
    const url = await listen(server);
    // Key order of the variables does not make another question.
    const response = await post(url, { variables: REFUSED.variables, query: REFUSED.query });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'Busy; retry shortly.', extensions: { code: 'RATE_LIMITED', retryAfter: 2 } },
      ],
    });
    expect((await post(url, NEW)).status).toBe(429);
    expect(app.reached).toEqual([]);
  });

  it('hands on cheap and cached questions with the body it read, cross-origin ones unread', async () => {
    const app = setup(true);
    server = app.server;
    const url = await listen(server);
    const other = { query: '{ state(code: "FRA") { name } }' };
    expect((await post(url, other)).status).toBe(200);
    expect((await post(url, CACHED)).status).toBe(200);
    const cors = await post(url, REFUSED, { origin: 'https://elsewhere.example' });
    expect(cors.status).toBe(200);
    expect(app.reached).toEqual([other, CACHED, REFUSED].map((body) => JSON.stringify(body)));
  });

  it('reads a refused connection again only after a pause, and still answers it', async () => {
    const app = setup(true);
    server = app.server;
    const url = await listen(server);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify(REFUSED);
        const req = request(
          `${url}/graphql`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    expect(await ask()).toBe(429);
    const at = performance.now();
    // The same connection: its next request waits for the pause, then gets its own 429.
    expect(await ask()).toBe(429);
    expect(performance.now() - at).toBeGreaterThanOrEqual(80);
    agent.destroy();
  });

  it('lets everything through while nothing is refused', async () => {
    const app = setup(false);
    server = app.server;
    const url = await listen(server);
    expect((await post(url, REFUSED)).status).toBe(200);
    expect(app.reached).toEqual([JSON.stringify(REFUSED)]);
  });
});
