import { describe, expect, it } from 'vitest';
import { declarationConditions, declarationsPageQuery } from './declarations-page';

describe('declarationConditions', () => {
  it('builds one parameterised term per filter field', () => {
    expect(
      declarationConditions({
        signatory: 'lao',
        references: 'untoc',
        adoptedFrom: '2020-01-01',
        adoptedTo: '2025-12-31',
        text: ' Trafficking ',
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "signatory": "LAO",
          },
          "text": "EXISTS { MATCH (:State {code: $signatory})-[:SIGNED]->(n) }",
        },
        {
          "params": {
            "references": "untoc",
          },
          "text": "EXISTS { MATCH (n)-[:REFERENCES]->(:Instrument {id: $references}) }",
        },
        {
          "params": {
            "adoptedFrom": "2020-01-01",
          },
          "text": "n.adoptedOn >= $adoptedFrom",
        },
        {
          "params": {
            "adoptedTo": "2025-12-31",
          },
          "text": "n.adoptedOn <= $adoptedTo",
        },
        {
          "params": {
            "text": "Trafficking",
          },
          "text": "any(field IN [n.title, n.summary, n.occasion] WHERE toLower(field) CONTAINS toLower($text))",
        },
      ]
    `);
  });

  it('ignores empty fields', () => {
    expect(declarationConditions({ signatory: null, text: '  ' })).toEqual([]);
  });
});

it('pages declarations newest first', () => {
  const query = declarationsPageQuery({
    filter: { signatory: 'LAO' },
    page: { first: 10, after: null },
  });
  expect(query.text).toMatchInlineSnapshot(`
    "MATCH (n:Declaration)
    WHERE EXISTS { MATCH (:State {code: $signatory})-[:SIGNED]->(n) }
    WITH count(n) AS totalCount
    OPTIONAL MATCH (n:Declaration)
    WHERE EXISTS { MATCH (:State {code: $signatory})-[:SIGNED]->(n) }
    WITH totalCount, n
    ORDER BY coalesce(n.adoptedOn, '') DESC, coalesce(n.id, '')
    LIMIT toInteger($limit)
    RETURN totalCount, collect(properties(n)) AS nodes"
  `);
  expect(query.params).toEqual({ limit: 11, signatory: 'LAO' });
});
