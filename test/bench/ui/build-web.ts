import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isBuildFresh } from './build-freshness';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** What goes into web/dist: the app, the one workspace it imports, and the locked dependencies. */
const INPUTS = ['web', 'formats', 'package-lock.json', 'package.json'].map((p) => `${repo}${p}`);
const SKIP = new Set(['node_modules', 'dist']);

export type WebBuild = { root: string; rebuilt: boolean };

/**
 * The UI as `npm start` builds it into web/dist, rebuilt only when a source changed after the
 * last build (a build takes tens of seconds on 2 cores).
 */
export async function buildWeb(): Promise<WebBuild> {
  const root = `${repo}web/dist`;
  if (await isBuildFresh({ output: `${root}/index.html`, inputs: INPUTS, skip: SKIP })) {
    return { root, rebuilt: false };
  }
  try {
    await run('npm', ['run', 'build:web', '--silent'], { cwd: repo, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build:web failed:\n${stdout}${stderr}`.trim(), { cause: error });
  }
  return { root, rebuilt: true };
}
