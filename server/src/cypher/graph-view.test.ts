import { describe, expect, it } from 'vitest';
import { expandQuery, focusNodesQuery, seedDeclarationsQuery } from './graph-view';

describe('graph view queries', () => {
  it('finds focus nodes of any kind through each kind’s key, state codes in any case', () => {
    const query = focusNodesQuery(['lao', 'untoc']);
    expect(query.text).toContain('MATCH (n:State {code: toUpper(key)}) RETURN n');
    expect(query.text).toContain('MATCH (n:Instrument {id: key}) RETURN n');
    expect(query.params.keys).toEqual(['lao', 'untoc']);
  });

  it('seeds a view without focus from the declarations in range', () => {
    expect(seedDeclarationsQuery({ from: '2024-01-01', to: null, limit: 5 }).params).toEqual({
      from: '2024-01-01',
      to: null,
      limit: 5,
      labels: ['State', 'Source', 'Organization', 'Group', 'Instrument', 'Declaration', 'RollCall'],
      bulky: ['aliases'],
    });
  });

  it('leaves bulky list properties out of node data', () => {
    expect(focusNodesQuery(['lao']).text).toContain('[k IN keys(n) WHERE NOT k IN $bulky');
    expect(focusNodesQuery(['lao']).params.bulky).toEqual(['aliases']);
  });

  it('expands a frontier in one parameterised query, capped per node', () => {
    const query = expandQuery({
      frontier: ['4:x:1'],
      filter: { kinds: ['SIGNED'], from: null, to: '2020-01-01', regions: ['asia'] },
      cap: 50,
      known: null,
    });
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND range(0, size($frontier) - 1) AS i
      MATCH (a) WHERE elementId(a) = $frontier[i]
      MATCH (a)-[r]-(b)
      WHERE type(r) IN $types
        AND ($known IS NULL OR elementId(b) IN $known)
        AND any(l IN labels(b) WHERE l IN $labels)
        AND ($from IS NULL OR NOT b:Declaration OR b.adoptedOn >= $from)
        AND ($to IS NULL OR NOT b:Declaration OR b.adoptedOn <= $to)
        AND ($regions IS NULL OR NOT b:State OR toLower(b.region) IN $regions)
        AND (type(r) <> 'PARTY_TO' OR (
          ($to IS NULL OR coalesce(r.signedOn, r.consentOn, $to) <= $to)
          AND ($from IS NULL OR r.withdrawnOn IS NULL OR r.withdrawnOn >= $from)))
      WITH i, a, collect(r) AS links
      WITH i, a, size(links) > $cap AS cut, links
      CALL (a, cut, links) {
        UNWIND CASE WHEN cut THEN [] ELSE links END AS r
        RETURN r
        UNION ALL
        UNWIND CASE WHEN cut THEN [a] ELSE [] END AS x
        MATCH (x)-[r]-(b)
        WHERE type(r) IN $types
          AND ($known IS NULL OR elementId(b) IN $known)
          AND any(l IN labels(b) WHERE l IN $labels)
          AND ($from IS NULL OR NOT b:Declaration OR b.adoptedOn >= $from)
          AND ($to IS NULL OR NOT b:Declaration OR b.adoptedOn <= $to)
          AND ($regions IS NULL OR NOT b:State OR toLower(b.region) IN $regions)
          AND (type(r) <> 'PARTY_TO' OR (
            ($to IS NULL OR coalesce(r.signedOn, r.consentOn, $to) <= $to)
            AND ($from IS NULL OR r.withdrawnOn IS NULL OR r.withdrawnOn >= $from)))
        WITH r, b ORDER BY [l IN labels(b) WHERE l IN $labels][0], coalesce(b.code, b.id), type(r)
        LIMIT toInteger($cap)
        RETURN r
      }
      WITH i, cut, r, CASE WHEN startNode(r) = a THEN endNode(r) ELSE startNode(r) END AS n
      WITH n, collect([i, r]) AS links, collect(DISTINCT CASE WHEN cut THEN i END) AS cut
      RETURN elementId(n) AS element, [l IN labels(n) WHERE l IN $labels][0] AS label, coalesce(n.code, n.id) AS key,
        CASE WHEN $known IS NULL AND $full IS NULL THEN [k IN keys(n) WHERE NOT k IN $bulky | [k, n[k]]] END AS properties,
        cut, CASE WHEN $full IS NULL OR elementId(n) IN $full THEN
          [l IN links | [l[0], type(l[1]), endNode(l[1]) = n, properties(l[1])]]
        ELSE [] END AS links"
    `);
    expect(query.params).toMatchObject({ types: ['SIGNED'], cap: 50, regions: ['asia'] });
  });

  it('closes a view over known nodes, reading only links to nodes not covered unless cut', () => {
    const query = expandQuery({
      frontier: ['4:x:2'],
      filter: { kinds: ['SIGNED'], from: null, to: null, regions: null },
      cap: 50,
      known: ['4:x:1', '4:x:2'],
      covered: ['4:x:1'],
    });
    expect(query.params).toMatchObject({ known: ['4:x:1', '4:x:2'], covered: ['4:x:1'] });
    expect(query.text).toContain('WITH i, a, count(r) > $cap AS cut,');
    expect(query.text).toContain(
      'collect(CASE WHEN NOT elementId(b) IN $covered THEN r END) AS links',
    );
  });

  it('leaves properties and links to nodes outside a full view out', () => {
    const query = expandQuery({
      frontier: ['4:x:1'],
      filter: { kinds: ['SIGNED'], from: null, to: null, regions: null },
      cap: 1,
      known: null,
      full: ['4:x:1'],
    });
    expect(query.params.full).toEqual(['4:x:1']);
    expect(query.text).toContain('CASE WHEN $known IS NULL AND $full IS NULL THEN');
    expect(query.text).toContain('CASE WHEN $full IS NULL OR elementId(n) IN $full THEN');
  });
});
