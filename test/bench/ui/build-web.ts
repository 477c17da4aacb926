import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** Builds the UI into web/dist as `npm start` does, returning that folder. */
export async function buildWeb(): Promise<string> {
  try {
    await run('npm', ['run', 'build:web', '--silent'], { cwd: repo, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build:web failed:\n${stdout}${stderr}`.trim(), { cause: error });
  }
  return `${repo}web/dist`;
}
