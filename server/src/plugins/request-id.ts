import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();
// A proxy's id is kept so one id follows the request through every log; anything odd is not.
const SAFE_ID = /^[\w.:-]{1,128}$/;

/** A request's id from the caller's `x-request-id`: kept when sane, else a fresh UUID. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

/** The id of this request: the caller's `x-request-id` when sane, else a fresh UUID. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    id = requestIdFrom(request.headers.get('x-request-id'));
    ids.set(request, id);
  }
  return id;
}

/** Echoes the request id in `x-request-id`, so a client can quote it when reporting an error. */
export function useRequestId(): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
