import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../import-files';
import { describeCounts, describeReview } from './describe-review';

const counts = {
  created: { nodes: 2, relationships: 1 },
  updated: { nodes: 1, relationships: 0 },
  unchanged: { nodes: 30, relationships: 41 },
};

const report: ImportReport = {
  dryRun: true,
  compared: true,
  written: false,
  files: [
    {
      file: 'tass.txt',
      kind: 'text',
      declarations: 1,
      participations: 0,
      nodes: 14,
      relationships: 13,
    },
    {
      file: 'rome.html',
      kind: 'status-table',
      declarations: 0,
      participations: 7,
      nodes: 9,
      relationships: 7,
    },
  ],
  counts,
  changes: [
    { kind: 'node', label: 'State', key: 'VEN', change: 'created', properties: ['code', 'name'] },
    { kind: 'node', label: 'Source', key: 'src-tass', change: 'created', properties: ['id'] },
    {
      kind: 'node',
      label: 'Declaration',
      key: '2025-07-30-x',
      change: 'updated',
      properties: ['occasion'],
    },
    {
      kind: 'relationship',
      label: 'SIGNED',
      key: 'VEN -> 2025-07-30-x',
      change: 'created',
      properties: ['source'],
    },
  ],
  merges: [
    {
      file: 'tass.txt',
      title: 'Human trafficking is organised crime',
      id: '2025-07-30-human-trafficking-is-organised-crime',
      into: '2025-07-30-x',
      intoTitle: 'Human Trafficking is Organized Crime',
      origin: 'the database',
      similarity: 1,
    },
  ],
  preview: {
    declarations: [
      {
        title: 'Human trafficking is organised crime',
        adoptedOn: '2025-07-30',
        signatories: [{ code: 'VEN', name: 'Venezuela', evidence: null }],
        nonStateSignatories: [{ name: 'European Union' }],
        references: [{ id: 'untoc', name: 'UNTOC' }],
        organizations: [],
        partial: true,
        confidence: 0.3,
        reasons: ['not accepted, proposed for review: list of 3 from "Venezuela"'],
        needsReview: true,
      },
    ],
    participations: [],
    unresolved: [
      {
        file: 'tass.txt',
        text: 'Narnia',
        evidence: { sentence: 'Narnia and Venezuela signed.', start: 0, end: 6 },
        candidates: ['Namibia'],
      },
    ],
    warnings: [
      {
        file: 'rome.html',
        line: 12,
        message: 'Burundi: footnote 2 tells of a withdrawal without the date it took effect',
      },
    ],
  },
  elapsedMs: 1234,
};

describe('describeReview', () => {
  const text = describeReview(report);

  it('shows each file and declaration, the merge and what could not be resolved', () => {
    expect(text).toContain(
      '  tass.txt (text): 1 declaration, 14 nodes and 13 relationships to write',
    );
    expect(text).toContain('  rome.html (status table): 7 treaty participations');
    expect(text).toContain(
      '  2025-07-30 "Human trafficking is organised crime": 1 signatory (partial list); also European Union; cites untoc',
    );
    expect(text).toContain(
      '    confidence 0.30; NEEDS REVIEW, not written by an import; not accepted, proposed for review: list of 3 from "Venezuela"',
    );
    expect(text).toContain(
      '  tass.txt: "Human trafficking is organised crime" into 2025-07-30-x ("Human Trafficking is Organized Crime", from the database; title similarity 1)',
    );
    expect(text).toContain(
      '  tass.txt: "Narnia" (did you mean Namibia?) in "Narnia and Venezuela signed."',
    );
    expect(text).toContain(
      '  rome.html:12: Burundi: footnote 2 tells of a withdrawal without the date it took effect',
    );
  });

  it('lists what would be created and changed, with the changed properties', () => {
    expect(text).toContain('Would create: 2 nodes (1 State, 1 Source), 1 relationship (1 SIGNED)');
    expect(text).toContain('  SIGNED VEN -> 2025-07-30-x');
    expect(text).toContain('Would change: 1 node (1 Declaration), 0 relationships');
    expect(text).toContain('  Declaration 2025-07-30-x: occasion');
    expect(text).toContain('Unchanged: 30 nodes, 41 relationships');
    expect(text.split('\n').at(-1)).toBe(
      'Summary if written: created 2 nodes and 1 relationship, updated 1 node and 0 relationships, unchanged 30 nodes and 41 relationships, in 1.2 s',
    );
  });

  it('says why it could not compare', () => {
    const alone = describeReview(
      { ...report, compared: false, counts: null, changes: [] },
      'NEO4J_URI is not set',
    );
    expect(alone).toContain(
      'Not compared with a database (NEO4J_URI is not set): all of it would be written.',
    );
    expect(alone).not.toContain('Would create');
    expect(alone.split('\n').at(-1)).toBe(
      'Would write: 23 node rows and 20 relationship rows, in 1.2 s',
    );
  });
});

describe('describeCounts', () => {
  it('is one line with the time taken', () => {
    expect(describeCounts(counts, 800)).toBe(
      'created 2 nodes and 1 relationship, updated 1 node and 0 relationships, unchanged 30 nodes and 41 relationships, in 0.8 s',
    );
  });
});
