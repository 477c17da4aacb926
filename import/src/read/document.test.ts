import { consentTypes } from '@treatygraph/schema';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import type { ImportIssue } from '../errors';
import { parseImportDocument, readDocument } from './document';

function issuesOf(text: string, file = 'doc.yaml'): ImportIssue[] {
  try {
    parseImportDocument({ text, file });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('INVALID_DOCUMENT');
    return (error as ImportError).details;
  }
  throw new Error('expected the document to be rejected');
}

const VALID = `format: treatygraph/1
nodes:
  Source:
    - id: src-example
      publisher: Example
  Declaration:
    - id: 2025-07-30-example
      title: Example
relationships:
  - type: SIGNED
    from: LAO
    to: 2025-07-30-example
    source: src-example
  - type: REFERENCES
    from: 2025-07-30-example
    to: untoc
`;

describe('parseImportDocument', () => {
  it('returns a valid document; gazetteer states and registry ids need no definition', () => {
    const document = parseImportDocument({ text: VALID, file: 'doc.yaml' });
    expect(document.relationships).toHaveLength(2);
    expect(document.nodes.Declaration?.[0]).toEqual({ id: '2025-07-30-example', title: 'Example' });
  });

  it('reads YAML anchors and aliases', () => {
    const text = VALID.replace('source: src-example', 'source: &source src-example').concat(
      '  - { type: SIGNED, from: RUS, to: 2025-07-30-example, source: *source }\n',
    );
    const document = parseImportDocument({ text, file: 'doc.yaml' });
    expect(document.relationships[2]).toMatchObject({ from: 'RUS', source: 'src-example' });
  });

  it('refuses an alias bomb as a SYNTAX issue, not a crash (found by fuzzing)', () => {
    const levels = 'abcdefgh'
      .split('')
      .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'zabcdefg'[i]}`)}]`);
    expect(issuesOf(['z: &z [x, x, x, x, x, x, x, x, x]', ...levels].join('\n'))).toEqual([
      expect.objectContaining({
        code: 'SYNTAX',
        line: 1,
        message: expect.stringMatching(/alias/i),
      }),
    ]);
  });

  it('reports every issue at once, in source order, each with line, column and field', () => {
    const text = `format: treatygraph/1
nodes:
  State:
    - code: lao
      name: Laos
      nmae: Laos
  Declaration:
    - id: 2025-07-30-x
      title: X
    - id: 2025-07-30-x
      title: Again
relationships:
  - type: SIGNED
    from: Laos
    to: 2025-07-30-x
  - type: SIGNEDD
    from: LAO
    to: 2025-07-30-x
  - type: REFERENCES
    from: 2025-07-30-x
    to: untok
  - type: PARTY_TO
    from: RUS
    to: untoc
    consentType: ratify
    signedOn: 2000-02-30
  - type: SUPPORTS
    to: unodc
`;
    const brief = issuesOf(text).map(({ code, line, column, field, candidates }) => ({
      code,
      at: `${line}:${column}`,
      field,
      ...(candidates?.length && { candidates }),
    }));
    expect(brief).toEqual([
      { code: 'SCHEMA', at: '4:13', field: 'nodes.State[0].code' },
      { code: 'SCHEMA', at: '6:7', field: 'nodes.State[0].nmae', candidates: ['name'] },
      { code: 'DUPLICATE', at: '10:11', field: 'nodes.Declaration[1].id' },
      { code: 'SCHEMA', at: '14:11', field: 'relationships[0].from', candidates: ['LAO'] },
      { code: 'SCHEMA', at: '16:11', field: 'relationships[1].type', candidates: ['SIGNED'] },
      {
        code: 'UNKNOWN_REFERENCE',
        at: '21:9',
        field: 'relationships[2].to',
        candidates: ['untoc'],
      },
      {
        code: 'SCHEMA',
        at: '25:18',
        field: 'relationships[3].consentType',
        candidates: [...consentTypes],
      },
      { code: 'SCHEMA', at: '26:15', field: 'relationships[3].signedOn' },
      { code: 'SCHEMA', at: '27:5', field: 'relationships[4].from' },
    ]);
  });

  it('checks references: endpoints and provenance sources', () => {
    const text = `format: treatygraph/1
nodes:
  Source:
    - id: src-belta
relationships:
  - type: SIGNED
    from: XKX
    to: 2025-07-30-missing
    source: src-betla
  - type: SUPPORTS
    from: 2025-07-30-missing
    to: undoc
`;
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['UNKNOWN_REFERENCE', 'relationships[0].from'],
      ['UNKNOWN_REFERENCE', 'relationships[0].to'],
      ['UNKNOWN_REFERENCE', 'relationships[0].source'],
      ['UNKNOWN_REFERENCE', 'relationships[1].from'],
      ['UNKNOWN_REFERENCE', 'relationships[1].to'],
    ]);
    expect(issues[2]?.candidates).toEqual(['src-belta']);
    expect(issues[4]?.candidates?.[0]).toBe('unodc');
    expect(issues.every((i) => i.file === 'doc.yaml' && i.line !== undefined)).toBe(true);
  });

  it('rejects a relationship listed twice', () => {
    const text = VALID + '  - { type: SIGNED, from: LAO, to: 2025-07-30-example }\n';
    expect(issuesOf(text).map((i) => [i.code, i.field, i.line])).toEqual([
      ['DUPLICATE', 'relationships[2]', 17],
    ]);
  });

  it('reports unknown top-level fields and labels with suggestions', () => {
    const text = 'format: treatygraph/1\nnode: {}\nnodes:\n  Sate: []\n';
    expect(issuesOf(text).map((i) => [i.field, i.line, i.column, i.candidates])).toEqual([
      ['node', 2, 1, ['nodes']],
      ['nodes.Sate', 4, 3, ['State']],
    ]);
  });

  it('maps issues to lines and columns in JSON too', () => {
    const text = `{
  "format": "treatygraph/1",
  "relationships": [
    { "type": "REFERENCES", "from": "2025-07-30-x", "to": "untoc" }
  ]
}`;
    const [issue] = issuesOf(text, 'doc.json');
    expect(issue).toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      file: 'doc.json',
      line: 4,
      column: 37,
      field: 'relationships[0].from',
    });
  });

  it('reports JSON syntax errors and repeated keys at their position', () => {
    const broken = issuesOf('{\n  "format": "treatygraph/1",\n  "nodes": {,\n}', 'doc.json');
    expect(broken[0]).toMatchObject({ code: 'SYNTAX', file: 'doc.json', line: 3 });
    const repeated = issuesOf('{\n  "format": "treatygraph/1",\n  "format": "x"\n}', 'doc.json');
    expect(repeated[0]).toMatchObject({ code: 'SYNTAX', line: 3 });
  });

  it('reports syntax errors with their position', () => {
    const issues = issuesOf('format: treatygraph/1\nnodes: [\n  - a\n');
    expect(issues[0]).toMatchObject({ code: 'SYNTAX', file: 'doc.yaml' });
    expect(issues[0]?.line).toBeGreaterThan(1);
  });

  it('rejects a wrong format version', () => {
    expect(issuesOf('format: treatygraph/2\n')).toMatchObject([
      { code: 'SCHEMA', field: 'format', line: 1, column: 9 },
    ]);
  });
});

describe('readDocument', () => {
  const dir = mkdtempSync(join(tmpdir(), 'treatygraph-read-'));

  it('reads .yaml and .json files', () => {
    writeFileSync(join(dir, 'a.yaml'), VALID);
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ format: 'treatygraph/1' }));
    expect(readDocument(join(dir, 'a.yaml')).relationships).toHaveLength(2);
    expect(readDocument(join(dir, 'a.json'))).toEqual({
      format: 'treatygraph/1',
      nodes: {},
      relationships: [],
    });
  });

  it('refuses missing files and other extensions', () => {
    expect(() => readDocument(join(dir, 'missing.yaml'))).toThrow(
      expect.objectContaining({ code: 'FILE_UNREADABLE' }),
    );
    writeFileSync(join(dir, 'a.txt'), VALID);
    expect(() => readDocument(join(dir, 'a.txt'))).toThrow(
      expect.objectContaining({ code: 'FILE_UNREADABLE' }),
    );
  });
});
