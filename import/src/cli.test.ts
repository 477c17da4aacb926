import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from './import-corpus';
import { UNTC_2014_FILES } from './testing/untc-2014';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const UNTC = fileURLToPath(new URL('../../../shared/data/untc-2014/', import.meta.url));

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

  it('reads a UNTC status table with --status, noting the rows it skips', () => {
    const table = `${UNTC}${UNTC_2014_FILES.traffickingProtocol}`;
    const status = ['--status', '--instrument', 'untoc-trafficking-protocol'];
    const { code, stdout } = run(['--dry-run', ...status, '--as-of', '2014-01-27', table]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^note: .*:\d+: skipped European Union/m);
    expect(stdout).toContain(`${table}: valid, 1 nodes, 166 relationships`);
  });

  it('reports unknown participants of a status table with their line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treatygraph-cli-'));
    const table = join(dir, 'status.txt');
    writeFileSync(table, 'Albania\t12 Dec 2000\t21 Aug 2002\nAlbanai\t\t1 Jan 2003 a\n');
    const args = ['--dry-run', '--status', '--instrument', 'untoc', '--as-of', '2014-01-27'];
    const { code, stderr } = run([...args, table]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${table}:2 participant: no state named "Albanai" (did you mean`);
  });

  it('exits 2 when --status lacks --instrument or --as-of', () => {
    expect(run(['--dry-run', '--status', '--as-of', '2014-01-27', 'a.csv']).code).toBe(2);
    expect(run(['--dry-run', '--instrument', 'untoc', 'a.yaml']).code).toBe(2);
  });
});
