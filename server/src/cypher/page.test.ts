import { describe, expect, it } from 'vitest';
import { encodeCursor } from './cursor';
import { MAX_PAGE_SIZE, pageQuery, resolvePage } from './page';

describe('resolvePage', () => {
  it('defaults to 20 from the start', () => {
    expect(resolvePage('State', {})).toEqual({ first: 20, after: null });
  });

  it('decodes the cursor', () => {
    const after = encodeCursor('State', ['Laos', 'LAO']);
    expect(resolvePage('State', { first: 0, after })).toEqual({ first: 0, after: ['Laos', 'LAO'] });
  });

  it.each([-1, MAX_PAGE_SIZE + 1])('rejects first: %i', (first) => {
    expect(() => resolvePage('State', { first })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('pageQuery', () => {
  it('counts, then reads one row more than asked after the cursor', () => {
    const query = pageQuery({
      label: 'Declaration',
      conditions: [{ text: 'n.adoptedOn >= $adoptedFrom', params: { adoptedFrom: '2020-01-01' } }],
      page: { first: 2, after: ['2025-07-30', '2025-07-30-a'] },
    });
    expect(query.text).toMatchInlineSnapshot(`
      "MATCH (n:Declaration)
      WHERE n.adoptedOn >= $adoptedFrom
      WITH count(n) AS totalCount
      OPTIONAL MATCH (n:Declaration)
      WHERE n.adoptedOn >= $adoptedFrom AND ((coalesce(n.adoptedOn, '') < $after0) OR (coalesce(n.adoptedOn, '') = $after0 AND coalesce(n.id, '') > $after1))
      WITH totalCount, n
      ORDER BY coalesce(n.adoptedOn, '') DESC, coalesce(n.id, '')
      LIMIT toInteger($limit)
      RETURN totalCount, collect(properties(n)) AS nodes"
    `);
    expect(query.params).toMatchInlineSnapshot(`
      {
        "adoptedFrom": "2020-01-01",
        "after0": "2025-07-30",
        "after1": "2025-07-30-a",
        "limit": 3,
      }
    `);
  });

  it('has no WHERE without conditions', () => {
    expect(pageQuery({ label: 'State', conditions: [], page: { first: 5, after: null } }).text)
      .toMatchInlineSnapshot(`
      "MATCH (n:State)
      WITH count(n) AS totalCount
      OPTIONAL MATCH (n:State)
      WITH totalCount, n
      ORDER BY coalesce(n.name, ''), coalesce(n.code, '')
      LIMIT toInteger($limit)
      RETURN totalCount, collect(properties(n)) AS nodes"
    `);
  });
});
