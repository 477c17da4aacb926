import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from './import-corpus';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli', () => {
  it('validates the corpus in a dry run without a database', () => {
    const { code, stdout } = run(['--dry-run', ...corpusFiles()]);
    expect(code).toBe(0);
    expect(stdout).toContain('valid');
  });

  it('prints every issue of every file as file:line:column and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treatygraph-cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'format: treatygraph/1\nrelationships:\n  - type: REFERENCES\n    from: 2025-01-01-x\n    to: untok\n',
    );
    const { code, stderr } = run(['--dry-run', bad, join(dir, 'missing.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:4:11 relationships[0].from: no Declaration "2025-01-01-x"`);
    expect(stderr).toContain(`${bad}:5:9 relationships[0].to: no Instrument "untok"`);
    expect(stderr).toContain('(did you mean untoc?)');
    expect(stderr).toContain('missing.json: cannot be read');
  });

  it('exits 2 on a usage error', () => {
    expect(run([]).code).toBe(2);
    expect(run(['--no-such-flag', 'a.yaml']).code).toBe(2);
  });

  it('exits 1 without NEO4J_URI when it has to write', () => {
    const { code, stderr } = run(corpusFiles());
    expect(code).toBe(1);
    expect(stderr).toContain('NEO4J_URI');
  });
});
