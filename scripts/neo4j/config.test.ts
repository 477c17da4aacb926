import { describe, expect, it } from 'vitest';
import { neo4jConf } from './config';

function settings(text: string): Map<string, string> {
  const entries = text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at), line.slice(at + 1)] as const;
    });
  return new Map(entries);
}

describe('neo4jConf', () => {
  const conf = settings(neo4jConf({ dir: '/srv/inst', port: 7777 }));

  it('listens on loopback only, Bolt on the given port, no HTTP(S)', () => {
    expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(conf.get('server.bolt.enabled')).toBe('true');
    expect(conf.get('server.bolt.listen_address')).toBe('127.0.0.1:7777');
    expect(conf.get('server.http.enabled')).toBe('false');
    expect(conf.get('server.https.enabled')).toBe('false');
  });

  it('keeps every folder inside the instance folder', () => {
    expect(conf.get('server.directories.data')).toBe('/srv/inst/data');
    expect(conf.get('server.directories.logs')).toBe('/srv/inst/logs');
    expect(conf.get('server.directories.run')).toBe('/srv/inst/run');
    expect(conf.get('server.directories.plugins')).toBe('/srv/inst/plugins');
  });

  it('uses small memory defaults and a transaction timeout', () => {
    expect(conf.get('server.memory.pagecache.size')).toBe('128m');
    expect(conf.get('dbms.memory.transaction.total.max')).toBe('1g');
    expect(conf.get('db.transaction.timeout')).toBe('60s');
    expect(conf.get('server.logs.debug.enabled')).toBe('false');
    expect(conf.get('dbms.security.auth_enabled')).toBe('false');
  });

  it('takes overrides', () => {
    const custom = settings(
      neo4jConf({
        dir: '/d',
        port: 1,
        pageCache: '1g',
        transactionMemory: '512m',
        transactionTimeout: '5s',
        auth: true,
        readOnly: true,
      }),
    );
    expect(custom.get('dbms.security.auth_enabled')).toBe('true');
    expect(custom.get('server.databases.default_to_read_only')).toBe('true');
    expect(conf.get('server.databases.default_to_read_only')).toBe('false');
    expect(custom.get('server.memory.pagecache.size')).toBe('1g');
    expect(custom.get('dbms.memory.transaction.total.max')).toBe('512m');
    expect(custom.get('db.transaction.timeout')).toBe('5s');
  });

  it('sets each key once, all in the known 5.x namespaces', () => {
    const text = neo4jConf({ dir: '/d', port: 1 });
    const keys = text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^(server|dbms|db|internal)\.[a-z_.]+$/);
  });
});
