import { describe, expect, it } from 'vitest';
import { comparedSetsQuery } from './compare';

describe('comparedSetsQuery', () => {
  it('reads both sets in one query, dates as parameters', () => {
    expect(comparedSetsQuery({ ids: ['untoc', 'x'], asOf: '2010-01-01' })).toMatchInlineSnapshot(`
      {
        "params": {
          "asOf": "2010-01-01",
          "ids": [
            "untoc",
            "x",
          ],
        },
        "text": "UNWIND $ids AS id
      OPTIONAL MATCH (d:Declaration {id: id})
      OPTIONAL MATCH (i:Instrument {id: id})
      WITH id, d, i
      RETURN id, (d IS NOT NULL OR i IS NOT NULL) AS found,
        CASE WHEN d IS NOT NULL THEN [(d)<-[:SIGNED]-(s:State) | properties(s)]
        WHEN i IS NOT NULL THEN [(i)<-[p:PARTY_TO]-(s:State)
          WHERE p.consentOn IS NOT NULL AND ($asOf IS NULL OR p.consentOn <= $asOf)
            AND (p.withdrawnOn IS NULL OR ($asOf IS NOT NULL AND p.withdrawnOn > $asOf))
          | properties(s)]
        ELSE [] END AS states",
      }
    `);
  });
});
