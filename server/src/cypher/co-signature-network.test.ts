import { expect, it } from 'vitest';
import { coSignatureRowsQuery } from './co-signature-network';

it('reads signatures in one parameterised query, regions lower-cased, empty lists as null', () => {
  expect(coSignatureRowsQuery({ from: '2020-01-01', regions: ['Asia'], declarations: [] }))
    .toMatchInlineSnapshot(`
    {
      "params": {
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
    WITH d, collect(properties(s)) AS signatories
    RETURN properties(d) AS declaration, signatories
    ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id",
    }
  `);
});
