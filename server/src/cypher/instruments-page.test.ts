import { expect, it } from 'vitest';
import { instrumentsPageQuery } from './instruments-page';

it('filters instruments by kind', () => {
  const query = instrumentsPageQuery({
    filter: { kind: 'protocol' },
    page: { first: 3, after: null },
  });
  expect(query.text).toMatchInlineSnapshot(`
    "MATCH (n:Instrument)
    WHERE n.kind = $kind
    WITH count(n) AS totalCount
    OPTIONAL MATCH (n:Instrument)
    WHERE n.kind = $kind
    WITH totalCount, n
    ORDER BY coalesce(n.name, ''), coalesce(n.id, '')
    LIMIT toInteger($limit)
    RETURN totalCount, collect(properties(n)) AS nodes"
  `);
  expect(query.params).toEqual({ limit: 4, kind: 'protocol' });
});

it('filters instruments by id, through the id index', () => {
  const query = instrumentsPageQuery({
    filter: { ids: ['untoc', 'palermo-protocol'] },
    page: { first: 100, after: null },
  });
  expect(query.text).toContain('WHERE n.id IN $ids');
  expect(query.params).toEqual({ limit: 101, ids: ['untoc', 'palermo-protocol'] });
});
