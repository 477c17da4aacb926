import { describe, expect, it } from 'vitest';
import { createClient } from './client';
import { RequestError } from './errors';
import { StateDetailsDocument } from './generated/graphql';

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: () => Response | Promise<Response>): {
  fetch: typeof fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestError);
  return error as RequestError;
}

describe('createClient', () => {
  it('posts the printed operation and variables to /graphql and returns typed data', async () => {
    const state = { code: 'LAO', name: 'Laos' };
    const { fetch, calls } = fakeFetch(() => json({ data: { state } }));
    const data = await createClient({ fetch })(StateDetailsDocument, { code: 'LAO' });

    expect(data.state?.name).toBe('Laos');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/graphql');
    expect(calls[0]?.init.method).toBe('POST');
    const body = JSON.parse(String(calls[0]?.init.body)) as { query: string; variables: unknown };
    expect(body.query).toMatch(/^query StateDetails\(\$code: String!\)/);
    expect(body.variables).toEqual({ code: 'LAO' });
  });

  it('surfaces GraphQL errors with their server codes', async () => {
    const errors = [{ message: 'Too deep.', extensions: { code: 'QUERY_TOO_COMPLEX' } }];
    const { fetch } = fakeFetch(() => json({ data: null, errors }, 400));
    const error = await failure(createClient({ fetch })(StateDetailsDocument, { code: 'LAO' }));
    expect(error.code).toBe('GRAPHQL');
    expect(error.message).toBe('Too deep.');
    expect(error.serverCodes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(error.details.status).toBe(400);
  });

  it('tells network, HTTP and malformed answers apart', async () => {
    const offline = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
    const down = fakeFetch(() => new Response('Bad gateway', { status: 502 }));
    const odd = fakeFetch(() => json({ hello: 'world' }));
    const request = (f: typeof fetch) =>
      createClient({ fetch: f })(StateDetailsDocument, { code: 'LAO' });

    expect((await failure(request(offline.fetch))).code).toBe('NETWORK');
    expect((await failure(request(down.fetch))).code).toBe('HTTP');
    expect((await failure(request(odd.fetch))).code).toBe('BAD_RESPONSE');
  });

  it('lets an abort through as an abort, not a network error', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    const error: unknown = await createClient({ fetch })(StateDetailsDocument, {
      code: 'LAO',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
  });
});
