import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { corpusWindow } from './corpus-window';
import type { Corpus } from './load-corpus';

const dated = (adoptedOn: string | null) => ({ ...traffickingStatement, adoptedOn });

/** The newest declarations loaded: 2025 back to 2019, out of `totalCount`. */
const newest = (totalCount: number): Corpus => ({
  declarations: [dated('2025-07-30'), dated('2021-01-01'), dated('2019-06-01'), dated(null)],
  totalCount,
  window: { limit: 4, from: null, to: null },
  instruments: [],
});

describe('corpusWindow', () => {
  it('loads the newest declarations of the whole corpus first', () => {
    expect(corpusWindow({ limit: 4, from: 1990, to: 1999 }, null)).toEqual({
      limit: 4,
      from: null,
      to: null,
    });
  });

  it('filters in the browser when the whole corpus is loaded', () => {
    expect(corpusWindow({ limit: 4, from: 1990, to: 1999 }, newest(4))).toMatchObject({
      from: null,
      to: null,
    });
  });

  it('asks the server for years that reach past the oldest declaration loaded', () => {
    expect(corpusWindow({ limit: 4, from: 1990, to: 1999 }, newest(40))).toEqual({
      limit: 4,
      from: 1990,
      to: 1999,
    });
    // Open at the start, so older declarations than those loaded are wanted.
    expect(corpusWindow({ limit: 4, from: null, to: 2020 }, newest(40))).toMatchObject({
      from: null,
      to: 2020,
    });
    // 2019 starts before the oldest loaded day (2019-06-01), which may hold more.
    expect(corpusWindow({ limit: 4, from: 2019, to: null }, newest(40))).toMatchObject({
      from: 2019,
    });
  });

  it('needs no second load for years after the oldest declaration loaded', () => {
    expect(corpusWindow({ limit: 4, from: 2020, to: 2021 }, newest(40))).toMatchObject({
      from: null,
      to: null,
    });
    expect(corpusWindow({ limit: 4, from: null, to: null }, newest(40))).toMatchObject({
      from: null,
      to: null,
    });
  });
});
