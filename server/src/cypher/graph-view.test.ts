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
      labels: ['State', 'Source', 'Organization', 'Group', 'Instrument', 'Declaration'],
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
      "UNWIND $frontier AS element
      MATCH (a) WHERE elementId(a) = element
      MATCH (a)-[r]-(b)
      WHERE type(r) IN $types
        AND ($known IS NULL OR elementId(b) IN $known)
        AND ($from IS NULL OR NOT b:Declaration OR b.adoptedOn >= $from)
        AND ($to IS NULL OR NOT b:Declaration OR b.adoptedOn <= $to)
        AND ($regions IS NULL OR NOT b:State OR toLower(b.region) IN $regions)
        AND (type(r) <> 'PARTY_TO' OR (
          ($to IS NULL OR coalesce(r.signedOn, r.consentOn, $to) <= $to)
          AND ($from IS NULL OR r.withdrawnOn IS NULL OR r.withdrawnOn >= $from)))
      WITH element, a, r, b, [l IN labels(b) WHERE l IN $labels][0] AS label
      WHERE label IS NOT NULL
      WITH element, a, r, b, label, coalesce(b.code, b.id) AS key
      ORDER BY label, key, type(r)
      WITH element, collect({b: b, r: r, label: label, key: key, outgoing: startNode(r) = a}) AS links
      WITH collect({element: element, degree: size(links), links: links[0..toInteger($cap)]}) AS rows
      CALL (rows) {
        UNWIND rows AS row
        UNWIND row.links AS l
        WITH DISTINCT l.b AS n WHERE $known IS NULL
        RETURN collect({element: elementId(n), label: [l IN labels(n) WHERE l IN $labels][0], key: coalesce(n.code, n.id), properties: [k IN keys(n) WHERE NOT k IN $bulky | [k, n[k]]]}) AS nodes
      }
      RETURN [row IN rows | {element: row.element, degree: row.degree,
        links: [l IN row.links | {element: elementId(l.b), label: l.label, key: l.key,
          type: type(l.r), outgoing: l.outgoing, rel: properties(l.r)}]}] AS rows, nodes"
    `);
    expect(query.params).toMatchObject({ types: ['SIGNED'], cap: 50, regions: ['asia'] });
  });
});
