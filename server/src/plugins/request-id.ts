import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();
// A proxy's id is kept so one id follows the request through every log; anything odd is not.
const SAFE_ID = /^[\w.:-]{1,128}$/;

/** The id of this request: the caller's `x-request-id` when sane, else a fresh UUID. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const incoming = request.headers.get('x-request-id');
    id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
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
