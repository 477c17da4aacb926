import { describe, expect, it } from 'vitest';
import { BLOCKS_FROM, blocksNote } from './blocks-note';

describe('blocksNote', () => {
  it('says so from the threshold on, and nothing below it', () => {
    expect(blocksNote(BLOCKS_FROM - 1)).toBeNull();
    expect(blocksNote(190)).toMatch(/^190 states: each group is drawn as a block/);
  });
});
