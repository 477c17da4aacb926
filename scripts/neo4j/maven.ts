import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { POM_PATH } from './paths';
import type { Progress } from './paths';

export interface CopyDependenciesOptions {
  version: string;
  outputDir: string;
  onProgress: Progress;
  /** How often to report counts while Maven runs. */
  progressEveryMs?: number;
}

// Debian's Maven 3.8 prints colour codes even in batch mode with style.color=never.
// eslint-disable-next-line no-control-regex -- ESC is the character being matched
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Copies the runtime closure of `org.neo4j:neo4j:<version>` (the jars of the server tarball's
 * `lib/`) into `outputDir` with `mvn`, the client these machines reach Maven Central with.
 * Resolves with the number of jars copied.
 */
export function copyNeo4jJars(options: CopyDependenciesOptions): Promise<number> {
  const args = [
    '-B',
    '-Dstyle.color=never',
    '-f',
    POM_PATH,
    `-Dneo4j.version=${options.version}`,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${options.outputDir}`,
  ];
  let downloaded = 0;
  let copied = 0;
  const recent: string[] = [];

  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (raw: string): void => {
      const line = raw.replace(ANSI, '');
      recent.push(line);
      if (recent.length > 60) recent.shift();
      if (/^(\[INFO\] )?Downloaded from /.test(line)) downloaded += 1;
      else if (line.startsWith('[INFO] Copying ')) copied += 1;
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);

    const timer = setInterval(() => {
      options.onProgress(`… ${downloaded} artifacts downloaded, ${copied} jars copied`);
    }, options.progressEveryMs ?? 5_000);

    child.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(timer);
      const hint = error.code === 'ENOENT' ? ' (is Maven installed and on PATH?)' : '';
      reject(new Error(`could not run mvn${hint}: ${error.message}`));
    });
    child.once('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve(copied);
      else reject(new Error(`mvn exited with code ${code}; last output:\n${recent.join('\n')}`));
    });
  });
}
