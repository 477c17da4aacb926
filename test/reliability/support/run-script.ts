import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export type ScriptResult = { code: number; stdout: string; stderr: string };

/** Runs a repo TypeScript entry point with tsx, as its npm script would, and collects output. */
export function runScript(options: {
  script: string;
  args: string[];
  env: Record<string, string>;
}): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', options.script, ...options.args],
      { cwd: REPO, env: { ...process.env, ...options.env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
