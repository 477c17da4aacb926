import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { inputKind, readInput } from './read-input';

const FIXTURES = fileURLToPath(new URL('../../fixtures/status/', import.meta.url));
const STATUS_PAGE = readFileSync(`${FIXTURES}untc-trafficking-protocol.html`, 'utf8');
const PASTED =
  'Participant\tSignature\tRatification, Accession(a)\nAlbania\t12 Dec 2000\t21 Aug 2002\n';
const STATEMENT =
  'MINSK, 30 July 2025 (BelTA) - The joint statement was adopted by Belarus, Bahrain and Bolivia.';

describe('inputKind', () => {
  it('sends import documents to the document reader', () => {
    for (const name of ['a.yaml', 'a.YML', 'a.json']) {
      expect(inputKind({ name, content: '' })).toBe('document');
    }
  });

  it('sends CSV, and text or HTML that holds a status table, to the status-table reader', () => {
    expect(inputKind({ name: 'a.csv', content: 'Participant,Signature\n' })).toBe('status-table');
    expect(inputKind({ name: 'pasted.txt', content: PASTED })).toBe('status-table');
    expect(inputKind({ name: 'page.html', content: STATUS_PAGE })).toBe('status-table');
  });

  it('sends any other text, Markdown or HTML to the extractor', () => {
    expect(inputKind({ name: 'news.txt', content: STATEMENT })).toBe('text');
    expect(inputKind({ name: 'news.md', content: PASTED })).toBe('text');
    const article = `<html><body><article><p>${STATEMENT}</p></article></body></html>`;
    expect(inputKind({ name: 'news.html', content: article })).toBe('text');
  });

  it('refuses other files, naming them', () => {
    expect(() => inputKind({ name: 'statement.docx', content: '' })).toThrow(ImportError);
    expect(() => inputKind({ name: 'statement.docx', content: '' })).toThrow(/statement\.docx/);
  });
});

describe('readInput', () => {
  it('reads a statement into a validated document that keeps the extraction', () => {
    const read = readInput({ name: 'news.txt', content: STATEMENT });
    expect(read.kind).toBe('text');
    expect(read.extraction?.declarations[0]?.signatories.map((s) => s.code)).toEqual([
      'BLR',
      'BHR',
      'BOL',
    ]);
    const signed = read.document.relationships
      .filter((r) => r.type === 'SIGNED')
      .map((r) => r.from);
    expect(signed.sort()).toEqual(['BHR', 'BLR', 'BOL']);
  });

  it('reads a status table with the run’s instrument and date when the table lacks them', () => {
    const read = readInput(
      { name: 'pasted.txt', content: PASTED },
      { instrument: 'untoc', asOf: '2014-01-27' },
    );
    expect(read.document.relationships).toEqual([
      expect.objectContaining({ type: 'PARTY_TO', from: 'ALB', to: 'untoc', asOf: '2014-01-27' }),
      // A paste without the page's heading may be a cut: not declared complete.
      expect.objectContaining({ type: 'COVERS', to: 'untoc', asOf: '2014-01-27', complete: false }),
    ]);
  });

  it('passes on the notes of a status table as warnings with their line', () => {
    // A withdrawal footnote that gives no date of effect leaves withdrawnOn out, with a note.
    const undated = readFileSync(`${FIXTURES}untc-rome-statute.html`, 'utf8').replace(
      /The withdrawal took\s+effect on 27 October 2017/,
      'The withdrawal will take effect in due course',
    );
    const read = readInput({ name: 'rome.html', content: undated });
    expect(read.warnings).toEqual([
      expect.objectContaining({
        file: 'rome.html',
        message: expect.stringMatching(/^Burundi: footnote 2 tells of a withdrawal/) as unknown,
      }),
    ]);
    expect(read.warnings[0]?.line).toBe(42);
  });
});
