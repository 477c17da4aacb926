import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../test-fixtures/corpus';
import type { CorpusDeclaration } from './elements';
import { filterDeclarations, type DeclarationFilters } from './filter-declarations';

const older: CorpusDeclaration = {
  ...traffickingStatement,
  id: 'decl-2010',
  adoptedOn: '2010-05-01',
  references: [],
};
const undated: CorpusDeclaration = { ...older, id: 'decl-undated', adoptedOn: null };
const corpus = [traffickingStatement, older, undated];
const none: DeclarationFilters = {
  regions: [],
  declaration: null,
  instrument: null,
  from: null,
  to: null,
};
const ids = (filters: Partial<DeclarationFilters>): string[] =>
  filterDeclarations(corpus, { ...none, ...filters }).map((d) => d.id);

describe('filterDeclarations', () => {
  it('keeps everything without filters', () => {
    expect(ids({})).toEqual(['decl-trafficking-2025', 'decl-2010', 'decl-undated']);
  });

  it('keeps declarations adopted within the years, inclusive, and drops undated ones', () => {
    expect(ids({ from: 2010, to: 2010 })).toEqual(['decl-2010']);
    expect(ids({ from: 2011 })).toEqual(['decl-trafficking-2025']);
    expect(ids({ to: 2024 })).toEqual(['decl-2010']);
  });

  it('keeps declarations citing an instrument, or a protocol that supplements it', () => {
    expect(ids({ instrument: 'palermo-protocol' })).toEqual(['decl-trafficking-2025']);
    expect(ids({ instrument: 'untoc' })).toEqual(['decl-trafficking-2025']);
    expect(ids({ instrument: 'nothing' })).toEqual([]);
  });

  it('keeps one declaration when asked', () => {
    expect(ids({ declaration: 'decl-2010' })).toEqual(['decl-2010']);
  });

  it('drops signatories outside the chosen regions', () => {
    const [statement] = filterDeclarations([traffickingStatement], {
      ...none,
      regions: ['Asia', 'Africa'],
    });
    expect(statement?.signatories.map((s) => s.code)).toEqual(['LAO', 'NGA']);
  });
});
