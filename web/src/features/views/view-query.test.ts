import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../app/view-state';
import { viewCorpusQuery } from './view-query';

const variablesOf = (text: string): unknown =>
  JSON.parse(/# Variables:\n# (.*)\n/.exec(text)?.[1] ?? 'null');

describe('the exported query of a graph view', () => {
  it('carries the years and the instrument as variables, and says which regions were drawn', () => {
    const text = viewCorpusQuery(
      { ...DEFAULT_VIEW_STATE, from: 2010, to: 2020, instrument: 'untoc', regions: ['Asia'] },
      { limit: 1000, from: null, to: null },
    );
    expect(variablesOf(text)).toEqual({
      first: 100,
      after: null,
      filter: { adoptedFrom: '2010-01-01', adoptedTo: '2020-12-31', references: 'untoc' },
    });
    expect(text).toContain('# Only signatories in these regions were drawn: Asia.');
    expect(text).toContain('query CorpusGraph');
  });

  it('sends no filter when none is set', () => {
    const text = viewCorpusQuery(DEFAULT_VIEW_STATE, { limit: 50, from: null, to: null });
    expect(variablesOf(text)).toEqual({ first: 50, after: null, filter: null });
    expect(text).not.toContain('regions');
  });
});
