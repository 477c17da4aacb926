import type { Plugin } from 'graphql-yoga';
import { isAppError } from '../errors';
import type { ErrorCode } from '../errors';
import { parseExportRequest } from '../export/parse-export-request';
import { clientOf } from '../heavy/client-of';
import type { HeavyWork } from '../heavy/heavy-work';
import type { Logger } from '../logger';
import { requestIdOf } from './request-id';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 504,
  RATE_LIMITED: 429,
};

/**
 * `GET /export/view.<graphml|gexf|csv|json|zip>`: any graph view (or the co-signature network)
 * as a download that Gephi and graphology read. Errors are JSON `{ error: { code, message } }`
 * with 400 for a bad request, 429 (with `Retry-After`) when the server or the client's quota
 * is full, 503/504 for Neo4j trouble, and a masked 500 (logged with the
 * request id) for anything else. `x-view-truncated` and `x-view-total-nodes` say whether the
 * node limit cut the view.
 */
export function useViewExport(options: { heavy: HeavyWork; logger: Logger }): Plugin {
  return {
    async onRequest({ request, serverContext, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const requestId = requestIdOf(request);
      const fail = (
        status: number,
        error: Record<string, unknown>,
        headers: Record<string, string> = {},
      ) =>
        endResponse(
          fetchAPI.Response.json(
            { error: { ...error, requestId } },
            { status, headers: { ...headers, 'cache-control': 'no-store' } },
          ),
        );
      if (!['GET', 'HEAD'].includes(request.method)) {
        return fail(405, { code: 'METHOD_NOT_ALLOWED', message: 'Exports answer GET only.' });
      }
      try {
        const file = await options.heavy.forRequest(clientOf(serverContext))({
          task: 'export',
          args: parseExportRequest(url),
        });
        endResponse(
          // fflate allocates plain ArrayBuffers; its types only say ArrayBufferLike.
          new fetchAPI.Response(
            request.method === 'HEAD' ? null : (file.body as Uint8Array<ArrayBuffer>),
            {
              status: 200,
              headers: {
                'content-type': file.contentType,
                'content-length': String(file.body.byteLength),
                'content-disposition': `attachment; filename="treatygraph-${file.fileName}"`,
                'cache-control': 'no-store',
                'x-view-truncated': String(file.truncated),
                'x-view-total-nodes': String(file.totalNodes),
              },
            },
          ),
        );
      } catch (error) {
        const status = isAppError(error) && error.expose ? STATUS[error.code] : undefined;
        if (isAppError(error) && status) {
          const { http, ...details } = error.details as {
            http?: { headers?: Record<string, string> };
          };
          return fail(
            status,
            { ...details, code: error.code, message: error.message },
            http?.headers,
          );
        }
        options.logger.error(`request ${requestId}: export failed`, error);
        fail(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' });
      }
    },
  };
}
