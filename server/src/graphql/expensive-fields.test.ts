import { describe, expect, it } from 'vitest';
import { expensiveRequestTest } from './expensive-fields';
import { schema } from './schema';

describe('expensive requests', () => {
  const asksExpensive = expensiveRequestTest(schema, 2_000);

  it('finds expensive root fields, also through fragments and the operation asked', () => {
    expect(asksExpensive({ query: '{ coalitions { id } }' })).toBe(true);
    expect(
      asksExpensive({
        query: '{ ...F } fragment F on Query { ... { graph(view: {}) { totalNodes } } }',
      }),
    ).toBe(true);
    const two =
      'query Cheap { state(code: "FRA") { name } } query Heavy { coSignatureNetwork { totalNodes } }';
    expect(asksExpensive({ query: two, operationName: 'Heavy' })).toBe(true);
    expect(asksExpensive({ query: two, operationName: 'Cheap' })).toBe(false);
  });

  it('leaves cheap, broken and oversized documents to GraphQL', () => {
    expect(
      asksExpensive({ query: '{ state(code: "FRA") { name coSignatories { sharedCount } } }' }),
    ).toBe(false);
    expect(asksExpensive({ query: '{ coalitions { id ' })).toBe(false);
    expect(asksExpensive({ query: `{ coalitions { ${'id '.repeat(3_000)} } }` })).toBe(false);
    expect(asksExpensive({})).toBe(false);
  });
});
