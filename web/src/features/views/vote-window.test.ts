import { describe, expect, it } from 'vitest';
import { voteWindow } from './vote-window';

describe('the Votes view’s window', () => {
  it('is the decade ending with the newest roll call when the URL names no years', () => {
    expect(voteWindow({ from: null, to: null }, 2019)).toEqual({ from: 2010, to: 2019 });
  });

  it('keeps the years the URL asks for', () => {
    expect(voteWindow({ from: 1990, to: 1999 }, 2019)).toEqual({ from: 1990, to: 1999 });
    expect(voteWindow({ from: 2015, to: null }, 2019)).toEqual({ from: 2015, to: 2019 });
    expect(voteWindow({ from: null, to: 1995 }, 2019)).toEqual({ from: 1986, to: 1995 });
  });

  it('never starts after it ends', () => {
    expect(voteWindow({ from: 2030, to: null }, 2019)).toEqual({ from: 2030, to: 2030 });
    expect(voteWindow({ from: 2000, to: 1990 }, 2019)).toEqual({ from: 1990, to: 1990 });
  });
});
