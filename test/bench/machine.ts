import { execFileSync } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';
import type { Driver } from 'neo4j-driver';

/** The first line a shell command prints (stdout and stderr: `java -version` uses stderr). */
function firstLine(command: string): string {
  try {
    const out = execFileSync('sh', ['-c', `${command} 2>&1`], { encoding: 'utf8' });
    return out.split('\n')[0]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** One line naming what the figures were measured on, for the table's header. */
export async function describeMachine(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' " +
      'RETURN versions[0] AS version, edition',
  );
  const neo4j = `${records[0]?.get('version') ?? '?'} ${records[0]?.get('edition') ?? ''}`.trim();
  return [
    `date ${new Date().toISOString()}`,
    `commit ${firstLine('git rev-parse --short HEAD')}`,
    `nproc ${availableParallelism()}`,
    `memory ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `Node ${process.version}`,
    `Java ${firstLine('java -version')}`,
    `Neo4j ${neo4j}`,
  ].join(' · ');
}
