import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINT, javaArgs, jvmSizeBytes } from './java-args';

describe('jvmSizeBytes', () => {
  it('reads JVM size suffixes', () => {
    expect(jvmSizeBytes('1024')).toBe(1024);
    expect(jvmSizeBytes('4k')).toBe(4096);
    expect(jvmSizeBytes('768m')).toBe(768 * 1024 ** 2);
    expect(jvmSizeBytes('2G')).toBe(2 * 1024 ** 3);
  });

  it('rejects what the JVM would reject', () => {
    expect(() => jvmSizeBytes('1.5g')).toThrow(/not a JVM memory size/);
    expect(() => jvmSizeBytes('768MB')).toThrow(/not a JVM memory size/);
  });
});

describe('javaArgs', () => {
  const args = javaArgs({ dir: '/srv/inst', libDir: '/cache/5.26.31/lib' });

  it('runs the Community entry point on the instance folder, in console mode', () => {
    const main = args.indexOf(ENTRY_POINT);
    expect(ENTRY_POINT).toBe('org.neo4j.server.CommunityEntryPoint');
    expect(args.slice(main + 1)).toEqual([
      '--home-dir=/srv/inst',
      '--config-dir=/srv/inst/conf',
      '--console-mode',
    ]);
  });

  it('puts plugins, conf and the provisioned jars on the class path, before the main class', () => {
    const cp = args.indexOf('-cp');
    expect(cp).toBeGreaterThan(-1);
    expect(cp).toBeLessThan(args.indexOf(ENTRY_POINT));
    expect(args[cp + 1]?.split(delimiter)).toEqual([
      '/srv/inst/plugins/*',
      '/srv/inst/conf/*',
      '/cache/5.26.31/lib/*',
    ]);
  });

  it('passes the launcher flags Neo4j 5.26 needs on Java 17', () => {
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(args).toContain('-Dio.netty.tryReflectionSetAccessible=true');
    expect(args).toContain('-XX:+ExitOnOutOfMemoryError');
    // Experimental flags are only accepted after the unlock flag.
    expect(args.indexOf('-XX:+UnlockExperimentalVMOptions')).toBeLessThan(
      args.indexOf('-XX:+TrustFinalNonStaticFields'),
    );
  });

  it('sizes the heap, never with -Xms above -Xmx', () => {
    expect(args.slice(0, 2)).toEqual(['-Xms256m', '-Xmx768m']);
    const small = javaArgs({ dir: '/d', libDir: '/l', heap: '128m' });
    expect(small.slice(0, 2)).toEqual(['-Xms128m', '-Xmx128m']);
    const big = javaArgs({ dir: '/d', libDir: '/l', heap: '2g' });
    expect(big.slice(0, 2)).toEqual(['-Xms256m', '-Xmx2g']);
    expect(() => javaArgs({ dir: '/d', libDir: '/l', heap: 'lots' })).toThrow();
  });
});
