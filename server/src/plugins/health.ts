import type { Driver } from 'neo4j-driver';
import type { Plugin } from 'graphql-yoga';
import { checkNeo4j } from '../db/health';

/**
 * `GET /health`: 200 `{ status: 'ok', neo4j }` when Neo4j answers a trivial read within
 * `timeoutMs`, else 503 `{ status: 'unavailable', neo4j }` with the reason. For load
 * balancers and `docker compose` health checks; `/health/live` (yoga's) checks the process only.
 */
export function useNeo4jHealth(options: {
  driver: Driver;
  database?: string;
  timeoutMs?: number;
}): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== '/health' || !['GET', 'HEAD'].includes(request.method)) return;
      const neo4j = await checkNeo4j(options);
      const up = neo4j.status === 'up';
      endResponse(
        fetchAPI.Response.json(
          { status: up ? 'ok' : 'unavailable', neo4j },
          { status: up ? 200 : 503, headers: { 'cache-control': 'no-store' } },
        ),
      );
    },
  };
}
