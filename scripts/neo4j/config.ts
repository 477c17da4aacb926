import { join } from 'node:path';

export interface ConfigOptions {
  /** Absolute instance folder; data, logs, run and plugins live under it. */
  dir: string;
  port: number;
  /** Neo4j size syntax, e.g. `128m`. */
  pageCache?: string;
  /** Cap on memory of all running transactions together, e.g. `1g`. */
  transactionMemory?: string;
  /** Neo4j duration syntax, e.g. `60s`. */
  transactionTimeout?: string;
  /** Require credentials (default false), as a deployed server does. */
  auth?: boolean;
  /** Refuse every write to the data (default false), as a read-only user would meet. */
  readOnly?: boolean;
}

/**
 * Text of `conf/neo4j.conf` for one local instance. Neo4j 5 refuses to start on an unknown key,
 * so every key here was checked against 5.26.31 by starting a server with it.
 */
export function neo4jConf(options: ConfigOptions): string {
  const { dir, port } = options;
  const settings: [key: string, value: string, why?: string][] = [
    [
      'server.default_listen_address',
      '127.0.0.1',
      'loopback only: never reachable from the network',
    ],
    ['server.bolt.enabled', 'true'],
    ['server.bolt.listen_address', `127.0.0.1:${port}`],
    ['server.http.enabled', 'false', 'the app talks Bolt only; one port less to collide'],
    ['server.https.enabled', 'false'],
    [
      'dbms.security.auth_enabled',
      String(options.auth ?? false),
      'by default off: only loopback clients can connect, and each instance belongs to one dev or test run',
    ],
    ['server.databases.default_to_read_only', String(options.readOnly ?? false)],
    ['dbms.usage_report.enabled', 'false', 'no phoning home from dev and test machines'],
    ['server.memory.pagecache.size', options.pageCache ?? '128m'],
    [
      'dbms.memory.transaction.total.max',
      options.transactionMemory ?? '1g',
      'a whole dataset folder (manytreaties: 98,000 rows) imports in one transaction',
    ],
    [
      'db.tx_state.memory_allocation',
      'OFF_HEAP',
      'so that such a transaction’s state grows outside the 768m heap',
    ],
    ['db.transaction.timeout', options.transactionTimeout ?? '60s'],
    [
      'db.tx_log.rotation.retention_policy',
      'keep_none',
      'Community has no online backup or cluster that would read old logs',
    ],
    ['db.tx_log.preallocate', 'false', 'otherwise every instance folder takes 512 MB up front'],
    ['server.logs.debug.enabled', 'false'],
    ['server.directories.data', join(dir, 'data')],
    ['server.directories.logs', join(dir, 'logs')],
    ['server.directories.run', join(dir, 'run')],
    ['server.directories.plugins', join(dir, 'plugins')],
    // Undocumented settings of 5.26 (org.neo4j.configuration.*InternalSettings). Without them
    // Bolt waits two fixed 5 s periods on shutdown, after the stores are already checkpointed,
    // so every stop took 10 s instead of < 1 s.
    [
      'internal.server.bolt.connection_shutdown_wait_time',
      '0s',
      'internal settings: Bolt would otherwise idle 10 s on shutdown',
    ],
    ['internal.server.bolt.thread_pool_shutdown_wait_time', '1s'],
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0'],
    ['internal.dbms.bolt.netty_server_shutdown_timeout', '2s'],
  ];
  const lines = ['# Written by scripts/neo4j/instance.ts on every start: edits are overwritten.'];
  for (const [key, value, why] of settings) {
    if (why) lines.push(`# ${why}`);
    lines.push(`${key}=${value}`);
  }
  return `${lines.join('\n')}\n`;
}
