import { describe, expect, it } from 'vitest';
import { coSignatoriesQuery } from './co-signatories';

describe('coSignatoriesQuery', () => {
  it('batches states and orders strongest first, ties by name', () => {
    expect(coSignatoriesQuery({ keys: ['BLR', 'LAO'] })).toMatchInlineSnapshot(`
      {
        "params": {
          "keys": [
            "BLR",
            "LAO",
          ],
        },
        "text": "UNWIND $keys AS key
      MATCH (s:State {code: key})-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o:State)
      WHERE o <> s
      WITH key, o, d ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id
      WITH key, o, collect(DISTINCT properties(d)) AS shared
      RETURN key, properties(o) AS state, shared
      ORDER BY key, size(shared) DESC, o.name, o.code",
      }
    `);
  });
});
