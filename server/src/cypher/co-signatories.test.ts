import { describe, expect, it } from 'vitest';
import { coSignatoriesQuery } from './co-signatories';

describe('coSignatoriesQuery', () => {
  it('batches states, counts and keeps the first in Cypher, strongest first', () => {
    const query = coSignatoriesQuery({ keys: ['BLR', 'LAO'], first: 5, withShared: false });
    expect(query.text).toContain('count(DISTINCT d) AS sharedCount');
    expect(query.text).toContain('ORDER BY sharedCount DESC, o.name, o.code');
    expect(query.text).toContain('[0..toInteger($first)] AS top');
    expect(query.params).toEqual({
      keys: ['BLR', 'LAO'],
      first: 5,
      withShared: false,
      bulky: ['aliases'],
    });
  });

  it('reads shared declarations only for the states kept, and only when asked', () => {
    const { text } = coSignatoriesQuery({ keys: ['BLR'], first: 1, withShared: true });
    expect(text.indexOf('WHERE $withShared')).toBeGreaterThan(text.indexOf('AS top'));
    expect(text).not.toContain('properties(o)');
  });
});
