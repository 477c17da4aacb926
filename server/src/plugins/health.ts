import type { Driver } from 'neo4j-driver';
import type { Plugin } from 'graphql-yoga';
import { presentsToken } from '../bearer-token';
import { checkNeo4j } from '../db/health';
import type { SourceLoads } from '../source-loads';

/**
 * `GET /health`: 200 `{ status: 'ok' }` when Neo4j answers a trivial read within `timeoutMs`,
 * else 503 `{ status: 'unavailable' }`. For load balancers and container health checks;
 * `/health/live` (yoga's) checks the process only. Neo4j's address, version, latency or the
 * reason it is down are added (`neo4j`) only for a request carrying `Authorization: Bearer
 * <token>` with the import token: anyone else learns nothing about the deployment. `sources`, while a
 * data folder loads, lists each data source's background import (state, counts, duration; why it failed with
 * the token).
 */
export function useNeo4jHealth(options: {
  driver: Driver;
  database?: string;
  timeoutMs?: number;
  /** The token that unlocks the details; absent means nobody sees them. */
  detailToken?: string;
  /** The data folder's sources and where each import stands, listed as `sources`. */
  sourceLoads?: SourceLoads;
}): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== '/health' || !['GET', 'HEAD'].includes(request.method)) return;
      const neo4j = await checkNeo4j(options);
      const up = neo4j.status === 'up';
      const sources = options.sourceLoads?.() ?? [];
      const detailed = presentsToken(request.headers.get('authorization'), options.detailToken);
      endResponse(
        fetchAPI.Response.json(
          {
            status: up ? 'ok' : 'unavailable',
            ...(sources.length > 0 && {
              sources: sources.map(({ message, ...load }) =>
                detailed ? { ...load, message } : load,
              ),
            }),
            ...(detailed && { neo4j }),
          },
          { status: up ? 200 : 503, headers: { 'cache-control': 'no-store' } },
        ),
      );
    },
  };
}
