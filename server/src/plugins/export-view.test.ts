import { describe, expect, it } from 'vitest';
import type { ReadFn } from '../db/read';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { createOfflineYoga } from '../testing/offline-yoga';

function exportYoga(read: ReadFn) {
  const logged: unknown[][] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (...args) => logged.push(args),
  };
  return { ...createOfflineYoga({ read, logger }), logged };
}

const failing = (error: unknown) =>
  (async () => {
    throw error;
  }) as ReadFn;

describe('GET /export/view.<format> around the database', () => {
  it('answers 503 with the code when Neo4j is unavailable', async () => {
    const { yoga, close } = exportYoga(
      failing(new AppError('SERVICE_UNAVAILABLE', 'Neo4j cannot be reached.')),
    );
    const response = await yoga.fetch('http://test/export/view.json');
    await close();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      error: { code: 'SERVICE_UNAVAILABLE', message: 'Neo4j cannot be reached.' },
    });
  });

  it('masks an unexpected failure and logs it with the request id', async () => {
    const { yoga, close, logged } = exportYoga(failing(new Error('secret internals')));
    const response = await yoga.fetch('http://test/export/view.gexf', {
      headers: { 'x-request-id': 'req-7' },
    });
    await close();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.', requestId: 'req-7' },
    });
    expect(String(logged[0]?.[0])).toContain('request req-7');
  });

  it('exports an empty view as a valid file, and refuses other methods', async () => {
    const { yoga, close } = exportYoga((async () => []) as ReadFn);
    const response = await yoga.fetch('http://test/export/view.json');
    expect(response.headers.get('x-view-total-nodes')).toBe('0');
    expect(await response.json()).toEqual({ nodes: [], edges: [] });
    const post = await yoga.fetch('http://test/export/view.json', { method: 'POST' });
    await close();
    expect(post.status).toBe(405);
  });
});
