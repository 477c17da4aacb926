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
      bulky: ['aliases'],
    });
  });

  it('reads shared declarations only for the states kept, and only when asked', () => {
    const { text } = coSignatoriesQuery({ keys: ['BLR'], first: 1, withShared: true });
    expect(text.indexOf('collect(properties(d)) AS shared')).toBeGreaterThan(
      text.indexOf('AS top'),
    );
    expect(text).not.toContain('properties(o)');
    const without = coSignatoriesQuery({ keys: ['BLR'], first: 1, withShared: false }).text;
    expect(without).not.toContain('properties(d)');
    expect(without).not.toContain('CALL');
  });
});
