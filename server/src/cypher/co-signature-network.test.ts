import { expect, it } from 'vitest';
import { coSignatureRowsQuery } from './co-signature-network';

it('reads signatures in one parameterised query, regions lower-cased, empty lists as null', () => {
  expect(coSignatureRowsQuery({ from: '2020-01-01', regions: ['Asia'], declarations: [] }))
    .toMatchInlineSnapshot(`
      {
        "params": {
          "bulky": [
            "aliases",
          ],
          "declarations": null,
          "from": "2020-01-01",
          "regions": [
            "asia",
          ],
          "to": null,
        },
        "text": "MATCH (d:Declaration)
      WHERE ($declarations IS NULL OR d.id IN $declarations)
        AND ($from IS NULL OR d.adoptedOn >= $from)
        AND ($to IS NULL OR d.adoptedOn <= $to)
      MATCH (s:State)-[:SIGNED]->(d)
      WHERE $regions IS NULL OR toLower(s.region) IN $regions
      WITH d, s ORDER BY s.code
      WITH d, collect(s) AS signers
      ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id
      WITH collect({declaration: properties(d), signers: signers}) AS rows
      CALL (rows) {
        UNWIND rows AS row
        UNWIND row.signers AS s
        WITH DISTINCT s
        RETURN collect([k IN keys(s) WHERE NOT k IN $bulky | [k, s[k]]]) AS states
      }
      RETURN [row IN rows | {declaration: row.declaration,
        signatories: [s IN row.signers | s.code]}] AS declarations, states",
      }
    `);
});
