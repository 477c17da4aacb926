import { describe, expect, it } from 'vitest';
import { stateOfCapital } from './capitals';

describe('stateOfCapital', () => {
  it('reads a capital in any case as its independent state', () => {
    expect(['Canberra', 'NEW DELHI', 'ankara', 'Washington'].map(stateOfCapital)).toEqual([
      'AUS',
      'IND',
      'TUR',
      'USA',
    ]);
  });

  it('reads no state into a city that is no capital', () => {
    expect(['Geneva', 'New York', 'Sydney'].map(stateOfCapital)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
