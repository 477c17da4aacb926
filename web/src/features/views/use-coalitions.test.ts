import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { coalitionFilter } from './use-coalitions';

const open = { regions: [], declaration: null, instrument: null, from: null, to: null };

describe('coalitionFilter', () => {
  it('asks for everything when the view is not filtered', () => {
    expect(coalitionFilter(open, [traffickingStatement])).toEqual({});
  });

  it('passes regions and whole years, and the shown declarations when narrowed', () => {
    expect(
      coalitionFilter({ ...open, regions: ['Asia'], instrument: 'untoc', from: 2020, to: 2025 }, [
        traffickingStatement,
      ]),
    ).toEqual({
      regions: ['Asia'],
      declarations: ['decl-trafficking-2025'],
      from: '2020-01-01',
      to: '2025-12-31',
    });
  });
});
