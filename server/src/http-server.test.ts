import { request } from 'node:http';
import { connect } from 'node:net';
import type { RequestListener } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer } from './http-server';

// Node's global agent keeps connections alive, as browsers do; `fresh` opens a new one.
function get(url: string, fresh = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, fresh ? { agent: false } : {}, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

const slow: RequestListener = (_req, res) => {
  setTimeout(() => res.end('finished'), 300);
};

describe('startServer', () => {
  it('listens on the given host, on a free port with port 0', async () => {
    const server = await startServer({
      yoga: (_req, res) => res.end('hi'),
      port: 0,
      host: '127.0.0.1',
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await get(server.url)).toEqual({ status: 200, body: 'hi' });
    await server.close();
  });

  it('closes gracefully: in-flight requests finish, new connections are refused', async () => {
    const server = await startServer({ yoga: slow, port: 0, host: '127.0.0.1' });
    const inFlight = get(server.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = server.close();
    await expect(inFlight).resolves.toEqual({ status: 200, body: 'finished' });
    // The finished request's keep-alive connection does not hold the close up.
    const finished = Date.now();
    await closed;
    expect(Date.now() - finished).toBeLessThan(1_000);
    await expect(get(server.url, true)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('answers a request sent on a connection accepted just before the close', async () => {
    const server = await startServer({
      yoga: (_req, res) => res.end('late but served'),
      port: 0,
      host: '127.0.0.1',
    });
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Let the server accept it: node:http's own close would drop it now, with no request yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = server.close();
    let reply = '';
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString()));
    const ended = new Promise((resolve) => socket.once('close', resolve));
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await ended;
    await closed;
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    expect(reply).toMatch(/connection: close/i);
    expect(reply).toContain('late but served');
  });

  it('cuts requests that outlast the grace period', async () => {
    const server = await startServer({
      yoga: (_req, res) => setTimeout(() => res.end('late'), 5_000).unref(),
      port: 0,
      host: '127.0.0.1',
      graceMs: 100,
    });
    const inFlight = get(server.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(inFlight).rejects.toThrow();
  });
});
