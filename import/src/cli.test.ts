import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from './import-corpus';
import type { ImportPreview } from './read/preview';
import { UNTC_2014_FILES } from './testing/untc-2014';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const UNTC = fileURLToPath(new URL('../../../shared/data/untc-2014/', import.meta.url));
const SEED = fileURLToPath(
  new URL('../../../shared/seeds/000_9e24b62923abd9c7.txt', import.meta.url),
);
const STATEMENT = corpusFiles().find((f) => f.includes('human-trafficking')) ?? '';
const HTML = fileURLToPath(new URL('../fixtures/status/untc-rome-statute.html', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(args: string[]): ImportPreview {
  const { code, stdout, stderr } = run(['--dry-run', '--json', ...args]);
  expect(stderr).not.toMatch(/error/);
  expect(code).toBe(0);
  return JSON.parse(stdout) as ImportPreview;
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'treatygraph-cli-')), name);
  writeFileSync(file, text);
  return file;
}

describe('import --dry-run --json', { timeout: 60_000 }, () => {
  it('prints one JSON object in the issue’s shape for an import document', () => {
    const preview = json([STATEMENT]);
    expect(Object.keys(preview)).toEqual([
      'declarations',
      'participations',
      'unresolved',
      'warnings',
    ]);
    const [declaration] = preview.declarations;
    expect(Object.keys(declaration ?? {})).toEqual([
      'title',
      'adoptedOn',
      'signatories',
      'nonStateSignatories',
      'references',
      'organizations',
      'partial',
      'confidence',
      'reasons',
      'needsReview',
    ]);
    expect(declaration).toMatchObject({ confidence: 1, needsReview: false });
    expect(declaration?.adoptedOn).toBe('2025-07-30');
    expect(declaration?.signatories).toHaveLength(22);
    expect(declaration?.signatories[9]).toEqual({
      code: 'LAO',
      name: 'Laos',
      evidence: {
        sentence: expect.stringContaining('Laos, Libya') as unknown,
        start: null,
        end: null,
      },
    });
    expect(declaration?.references.map((r) => r.id).sort()).toEqual([
      'un-global-plan-of-action-trafficking',
      'unodc-global-report-trafficking',
      'untoc',
      'untoc-trafficking-protocol',
    ]);
    expect(declaration?.organizations).toEqual([
      { id: 'unodc', name: 'United Nations Office on Drugs and Crime' },
    ]);
    expect(preview.participations).toEqual([]);
  });

  it('touches no database, even when one is configured', () => {
    const { code, stdout } = run(['--dry-run', '--json', STATEMENT], {
      NEO4J_URI: 'bolt://127.0.0.1:9',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('declarations');
  });

  it('maps a status table into participations of the same shape', () => {
    const preview = json([HTML]);
    expect(preview.declarations).toEqual([]);
    expect(preview.participations).toContainEqual({
      state: 'BDI',
      instrument: 'rome-statute',
      signedOn: '1999-01-13',
      consentOn: '2004-09-21',
      consentType: 'ratification',
    });
    expect(preview.participations).toContainEqual({
      state: 'AFG',
      instrument: 'rome-statute',
      signedOn: null,
      consentOn: '2003-02-10',
      consentType: 'accession',
    });
  });

  it.skipIf(!existsSync(SEED))(
    'extracts the seed report: one declaration, its 22 signatories',
    () => {
      const preview = json([SEED]);
      expect(preview.declarations).toHaveLength(1);
      const [declaration] = preview.declarations;
      expect(declaration?.adoptedOn).toBe('2025-07-30');
      expect(declaration?.signatories.map((s) => s.code).sort()).toEqual([
        'ARE',
        'BGD',
        'BHR',
        'BLR',
        'BOL',
        'EGY',
        'ERI',
        'IND',
        'KAZ',
        'KGZ',
        'LAO',
        'LBY',
        'NGA',
        'NIC',
        'PHL',
        'QAT',
        'RUS',
        'SGP',
        'TJK',
        'TKM',
        'UZB',
        'VEN',
      ]);
      expect(
        declaration?.signatories.every(
          (s) => s.evidence?.sentence.includes(s.name) || s.evidence?.start !== null,
        ),
      ).toBe(true);
    },
  );
});

describe('import --dry-run (review)', { timeout: 60_000 }, () => {
  it('reviews the corpus without a database, saying it could not compare', () => {
    const { code, stdout } = run(['--dry-run', ...corpusFiles()]);
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run: nothing was written.');
    expect(stdout).toContain('Not compared with a database (NEO4J_URI is not set)');
    expect(stdout).toContain(
      '2025-07-30 "Human Trafficking is Organized Crime. It\'s Time to End Exploitation": 22 signatories',
    );
    expect(stdout).toMatch(/^Would write: \d+ node rows and \d+ relationship rows, in \d+\.\d s$/m);
  });

  it('says so when the configured database cannot be reached', () => {
    const { code, stdout } = run(['--dry-run', STATEMENT], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Not compared with a database (cannot reach Neo4j at bolt://127.0.0.1:9',
    );
  });

  it.skipIf(!existsSync(UNTC))(
    'counts an organization’s row among a status table’s participations',
    () => {
      const table = `${UNTC}${UNTC_2014_FILES.traffickingProtocol}`;
      const args = [
        '--dry-run',
        '--instrument',
        'untoc-trafficking-protocol',
        '--as-of',
        '2014-01-27',
      ];
      const { code, stdout } = run([...args, table]);
      expect(code).toBe(0);
      // 166 states and the European Union, which approved the Protocol.
      expect(stdout).toContain(`${table} (status table): 167 treaty participations`);
      expect(stdout).not.toMatch(/European Union/);
    },
  );
});

describe('import: errors and exit codes', { timeout: 60_000 }, () => {
  it('prints every issue of every file as file:line:column and exits 1', () => {
    const bad = tempFile(
      'bad.yaml',
      'format: treatygraph/1\nrelationships:\n  - type: REFERENCES\n    from: 2025-01-01-x\n    to: untok\n',
    );
    const missing = join(tmpdir(), 'no-such-dir', 'missing.json');
    const { code, stdout, stderr } = run(['--dry-run', '--json', bad, missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${bad}:4:11 relationships[0].from: no Declaration "2025-01-01-x"`);
    expect(stderr).toContain(`${bad}:5:9 relationships[0].to: no Instrument "untok"`);
    expect(stderr).toContain('(did you mean untoc?)');
    expect(stderr).toContain(`${missing}: cannot be read`);
  });

  it('reports unknown participants of a status table with their line', () => {
    const table = tempFile(
      'status.txt',
      'Participant\tSignature\tRatification, Accession(a)\nAlbania\t12 Dec 2000\t21 Aug 2002\nAlbanai\t\t1 Jan 2003 a\n',
    );
    const { code, stderr } = run([
      '--dry-run',
      '--instrument',
      'untoc',
      '--as-of',
      '2014-01-27',
      table,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${table}:3 participant: no state or organization named "Albanai" (did you mean`,
    );
  });

  it('asks for the instrument of a table whose heading does not name one', () => {
    const table = tempFile(
      'status.csv',
      'Participant,Signature,Ratification\nAlbania,12 Dec 2000,21 Aug 2002\n',
    );
    const { code, stderr } = run(['--dry-run', '--as-of', '2014-01-27', table]);
    expect(code).toBe(1);
    expect(stderr).toContain('--instrument');
  });

  it('exits 1 on a usage error', () => {
    expect(run([]).code).toBe(1);
    expect(run(['--no-such-flag', 'a.yaml']).code).toBe(1);
    expect(run(['--json', STATEMENT]).code).toBe(1);
    expect(run(['--dry-run', 'statement.docx']).code).toBe(1);
  });

  it('exits 2 when there is no database to write to', () => {
    const unset = run([STATEMENT]);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NEO4J_URI is not set');
    const closed = run([STATEMENT], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(closed.code).toBe(2);
    expect(closed.stderr).toContain('cannot reach Neo4j at bolt://127.0.0.1:9');
  });
});
