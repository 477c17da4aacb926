import { describe, expect, it } from 'vitest';
import { relatedCountQuery, relatedEnds, relatedQuery } from './related';

describe('relatedQuery', () => {
  it('follows a relationship backwards: a declaration’s signatories, by name', () => {
    const query = relatedQuery({ type: 'SIGNED', direction: 'reverse', keys: ['d1', 'd2'] });
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND $keys AS key
      MATCH (a:Declaration {id: key})<-[r:SIGNED]-(b:State)
      RETURN key, [k IN keys(b) WHERE NOT k IN $bulky | [k, b[k]]] AS node, properties(r) AS rel
      ORDER BY coalesce(b.name, ''), coalesce(b.code, '')"
    `);
    expect(query.params).toMatchInlineSnapshot(`
      {
        "bulky": [
          "aliases",
        ],
        "keys": [
          "d1",
          "d2",
        ],
      }
    `);
  });

  it('follows a relationship forwards: a state’s participations, by instrument name', () => {
    expect(relatedQuery({ type: 'PARTY_TO', direction: 'forward', keys: ['LAO'] }).text)
      .toMatchInlineSnapshot(`
        "UNWIND $keys AS key
        MATCH (a:State {code: key})-[r:PARTY_TO]->(b:Instrument)
        RETURN key, [k IN keys(b) WHERE NOT k IN $bulky | [k, b[k]]] AS node, properties(r) AS rel
        ORDER BY coalesce(b.name, ''), coalesce(b.id, '')"
      `);
  });

  it('orders declarations newest first, undated last', () => {
    expect(relatedQuery({ type: 'SIGNED', direction: 'forward', keys: ['LAO'] }).text)
      .toMatchInlineSnapshot(`
        "UNWIND $keys AS key
        MATCH (a:State {code: key})-[r:SIGNED]->(b:Declaration)
        RETURN key, [k IN keys(b) WHERE NOT k IN $bulky | [k, b[k]]] AS node, properties(r) AS rel
        ORDER BY coalesce(b.adoptedOn, '') DESC, coalesce(b.id, '')"
      `);
  });

  it('knows the ends of a self-relationship in both directions', () => {
    expect(relatedEnds({ type: 'SUPPLEMENTS', direction: 'reverse' })).toEqual({
      from: 'Instrument',
      to: 'Instrument',
    });
    expect(relatedEnds({ type: 'REPORTED_IN', direction: 'reverse' })).toEqual({
      from: 'Source',
      to: 'Declaration',
    });
  });
});

describe('relatedQuery with a projection', () => {
  it('reads only the properties named, as a map', () => {
    const query = relatedQuery({
      type: 'SIGNED',
      direction: 'reverse',
      keys: ['d1'],
      properties: ['code', 'name'],
    });
    expect(query.text).toContain('RETURN key, b {.code, .name} AS node, properties(r) AS rel');
  });

  it('refuses a name that is not a property name', () => {
    expect(() =>
      relatedQuery({ type: 'SIGNED', direction: 'reverse', keys: ['d1'], properties: ['a}'] }),
    ).toThrow('"a}" is not a property name');
  });
});

describe('relatedCountQuery', () => {
  it('counts an instrument’s parties in the database, one row per key', () => {
    const query = relatedCountQuery({ type: 'PARTY_TO', direction: 'reverse', keys: ['untoc'] });
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND $keys AS key
      MATCH (a:Instrument {id: key})
      RETURN key, COUNT { (a)<-[:PARTY_TO]-(:State) } AS count"
    `);
    expect(query.params).toEqual({ keys: ['untoc'] });
  });
});
