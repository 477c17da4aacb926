import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';

/**
 * A driver for any Neo4j URI the driver supports. The scheme is used as given: `neo4j://` and
 * `neo4j+s://` route (clusters, Aura), `bolt://` talks to one server.
 * @example const driver = createDriver({ uri: 'neo4j://localhost:7687' });
 */
export function createDriver(config: Pick<Neo4jConfig, 'uri' | 'user' | 'password'>): Driver {
  const auth =
    config.user === undefined ? undefined : neo4j.auth.basic(config.user, config.password ?? '');
  return neo4j.driver(config.uri, auth, {
    userAgent: 'treatygraph-server',
    // An API request should fail within seconds when Neo4j is down, not after the driver's
    // default 30 s of retries and 60 s of waiting for a pooled connection. Retries start after
    // about 1 s and double: 500 ms allows one retry of a transient error (a deadlock, a leader
    // switch) and keeps the answer to about a second when Neo4j is gone (5 s took 7.4 s).
    maxTransactionRetryTime: 500,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
  });
}
