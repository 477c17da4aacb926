import { expect, it } from 'vitest';
import { statesPageQuery } from './states-page';

it('filters states by region, subregion and signed declaration', () => {
  const query = statesPageQuery({
    filter: { region: 'asia', subregion: 'South-eastern Asia', signed: '2025-07-30-x' },
    page: { first: 20, after: ['Laos', 'LAO'] },
  });
  expect(query.text).toMatchInlineSnapshot(`
    "MATCH (n:State)
    WHERE toLower(n.region) = toLower($region) AND toLower(n.subregion) = toLower($subregion) AND EXISTS { MATCH (n)-[:SIGNED]->(:Declaration {id: $signed}) }
    WITH count(n) AS totalCount
    OPTIONAL MATCH (n:State)
    WHERE toLower(n.region) = toLower($region) AND toLower(n.subregion) = toLower($subregion) AND EXISTS { MATCH (n)-[:SIGNED]->(:Declaration {id: $signed}) } AND ((coalesce(n.name, '') > $after0) OR (coalesce(n.name, '') = $after0 AND coalesce(n.code, '') > $after1))
    WITH totalCount, n
    ORDER BY coalesce(n.name, ''), coalesce(n.code, '')
    LIMIT toInteger($limit)
    RETURN totalCount, collect(properties(n)) AS nodes"
  `);
  expect(query.params).toMatchInlineSnapshot(`
    {
      "after0": "Laos",
      "after1": "LAO",
      "limit": 21,
      "region": "asia",
      "signed": "2025-07-30-x",
      "subregion": "South-eastern Asia",
    }
  `);
});
