import { describe, expect, it } from 'vitest';
import { comparedSetsQuery } from './compare';

describe('comparedSetsQuery', () => {
  it('reads both sets, with each party record, in one parameterised query', () => {
    expect(comparedSetsQuery({ ids: ['untoc', 'x'] })).toMatchInlineSnapshot(`
      {
        "params": {
          "bulky": [
            "aliases",
          ],
          "ids": [
            "untoc",
            "x",
          ],
        },
        "text": "UNWIND $ids AS id
      OPTIONAL MATCH (d:Declaration {id: id})
      OPTIONAL MATCH (i:Instrument {id: id})
      OPTIONAL MATCH (v:RollCall {id: id})
      WITH id, d, i, v
      RETURN id, (d IS NOT NULL OR i IS NOT NULL OR v IS NOT NULL) AS found,
        i IS NOT NULL AS instrument, i.entryIntoForceOn AS entryIntoForceOn,
        CASE WHEN i IS NULL THEN [] ELSE
          [(src:Source)-[c:COVERS]->(i) | {source: src.id, asOf: c.asOf, complete: c.complete = true}]
        END AS tables,
        CASE WHEN d IS NOT NULL
          THEN [(d)<-[:SIGNED]-(s:State) | {state: [k IN keys(s) WHERE NOT k IN $bulky | [k, s[k]]], rel: null}]
        WHEN i IS NOT NULL
          THEN [(i)<-[p:PARTY_TO]-(s:State) | {state: [k IN keys(s) WHERE NOT k IN $bulky | [k, s[k]]], rel: properties(p)}]
        WHEN v IS NOT NULL
          THEN [(v)<-[:VOTED {choice: 'YES'}]-(s:State) | {state: [k IN keys(s) WHERE NOT k IN $bulky | [k, s[k]]], rel: null}]
        ELSE [] END AS members",
      }
    `);
  });
});
