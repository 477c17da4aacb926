import type { Plugin } from 'graphql-yoga';
import type { ReadFn } from '../db/read';
import { isAppError } from '../errors';
import type { ErrorCode } from '../errors';
import { exportFile } from '../export/export-file';
import { parseExportRequest } from '../export/parse-export-request';
import type { ExportRequest } from '../export/parse-export-request';
import { coalitionsOf, loadCoSignatureNetwork } from '../loaders/co-signature-network';
import { coSignatureView } from '../loaders/co-signature-view';
import { loadGraphView } from '../loaders/graph-view';
import { loadViewSources } from '../loaders/view-sources';
import type { Logger } from '../logger';
import { requestIdOf } from './request-id';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

async function loadTarget(read: ReadFn, target: ExportRequest['target']) {
  if (target.kind === 'view') return loadGraphView(read, target.options);
  const network = await loadCoSignatureNetwork(read, target.filter);
  return coSignatureView(network, coalitionsOf(network, target.resolution));
}

/**
 * `GET /export/view.<graphml|gexf|csv|json|zip>`: any graph view (or the co-signature network)
 * as a download that Gephi and graphology read. Errors are JSON `{ error: { code, message } }`
 * with 400 for a bad request, 503/504 for Neo4j trouble, and a masked 500 (logged with the
 * request id) for anything else. `x-view-truncated` and `x-view-total-nodes` say whether the
 * node limit cut the view.
 */
export function useViewExport(options: { read: ReadFn; logger: Logger }): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const requestId = requestIdOf(request);
      const fail = (status: number, error: Record<string, unknown>) =>
        endResponse(
          fetchAPI.Response.json(
            { error: { ...error, requestId } },
            { status, headers: { 'cache-control': 'no-store' } },
          ),
        );
      if (!['GET', 'HEAD'].includes(request.method)) {
        return fail(405, { code: 'METHOD_NOT_ALLOWED', message: 'Exports answer GET only.' });
      }
      try {
        const parsed = parseExportRequest(url);
        const view = await loadTarget(options.read, parsed.target);
        const sources = parsed.format === 'zip' ? await loadViewSources(options.read, view) : [];
        const file = exportFile({ view, format: parsed.format, part: parsed.part, sources });
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
                'x-view-truncated': String(view.truncated),
                'x-view-total-nodes': String(view.totalNodes),
              },
            },
          ),
        );
      } catch (error) {
        const status = isAppError(error) && error.expose ? STATUS[error.code] : undefined;
        if (isAppError(error) && status) {
          return fail(status, { ...error.details, code: error.code, message: error.message });
        }
        options.logger.error(`request ${requestId}: export failed`, error);
        fail(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' });
      }
    },
  };
}
