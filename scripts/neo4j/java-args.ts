import { delimiter, join } from 'node:path';

/** Server main class of Neo4j 5.x Community; 2025.x+ renamed it to `Neo4jCommunity`. */
export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export interface JavaArgsOptions {
  /** Absolute instance folder (holds `conf/`, `plugins/`). */
  dir: string;
  /** Folder with the provisioned Neo4j jars. */
  libDir: string;
  /** Maximum heap in JVM syntax, e.g. `768m` or `1g`. */
  heap?: string;
}

const INITIAL_HEAP = '256m';

/** Bytes of a JVM memory size (`512m`, `1G`, `1048576`). */
export function jvmSizeBytes(size: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!match) throw new Error(`not a JVM memory size: "${size}" (expected e.g. 512m or 1g)`);
  const unit = (match[2] ?? '').toLowerCase();
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Number(match[1]) * factor;
}

/**
 * Arguments after `java`, mirroring what the official `neo4j console` launcher of 5.26 passes
 * (without the launcher's second JVM).
 */
export function javaArgs(options: JavaArgsOptions): string[] {
  const { dir, libDir } = options;
  const heap = options.heap ?? '768m';
  // The JVM refuses to start when -Xms exceeds -Xmx.
  const initialHeap = jvmSizeBytes(heap) < jvmSizeBytes(INITIAL_HEAP) ? heap : INITIAL_HEAP;
  const classpath = [join(dir, 'plugins', '*'), join(dir, 'conf', '*'), join(libDir, '*')];
  return [
    `-Xms${initialHeap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath.join(delimiter),
    ENTRY_POINT,
    // Also what identifies this instance's JVM in `ps` (see instance-process.ts).
    `--home-dir=${dir}`,
    `--config-dir=${join(dir, 'conf')}`,
    '--console-mode',
  ];
}
