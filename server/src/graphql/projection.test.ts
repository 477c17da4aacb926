import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectionOf } from './projection';
import { schema } from './schema';

const projection = (query: string, operationName?: string) =>
  projectionOf(schema, parse(query), operationName);

describe('projectionOf', () => {
  it('reads the key, the sort keys and the exposed properties asked of each kind', () => {
    const of = projection(
      'query ($id: ID!) { declaration(id: $id) { title signatories { region } } }',
    );
    expect(of('State')).toEqual(['code', 'name', 'region']);
    expect(of('Declaration')).toEqual(['adoptedOn', 'id', 'title']);
    expect(of('Instrument')).toEqual(['id', 'name']);
  });

  it('joins what every field asks of a kind, through named and inline fragments', () => {
    const of = projection(`
      query Pair { a: state(code: "LAO") { ...Names } b: state(code: "THA") { ... on State { latitude } } }
      fragment Names on State { officialName coSignatories { state { subregion } } }
    `);
    expect(of('State')).toEqual(['code', 'latitude', 'name', 'officialName', 'subregion']);
  });

  it('reads whole nodes when a field may read more than it exposes', () => {
    // `aliases` loads what list reads leave out; `statusAsOf` reads the instrument's dates.
    expect(projection('{ state(code: "LAO") { code aliases } }')('State')).toBeNull();
    expect(
      projection('{ instrument(id: "crc") { statusAsOf(date: "2010-01-01") { status } } }')(
        'Instrument',
      ),
    ).toBeNull();
  });

  it('picks the named operation, and reads everything when it cannot tell which runs', () => {
    const document =
      'query A { state(code: "LAO") { code } } query B { state(code: "LAO") { aliases } }';
    expect(projection(document, 'A')('State')).toEqual(['code', 'name']);
    expect(projection(document, 'B')('State')).toBeNull();
    expect(projection(document)('State')).toBeNull();
  });
});
