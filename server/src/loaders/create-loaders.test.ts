import { describe, expect, it } from 'vitest';
import type { CypherQuery, ReadFn } from '../db/read';
import { createLoaders } from './create-loaders';

const signed = (id: string, codes: string[]) => ({
  declaration: { id, title: id, adoptedOn: '2024-01-01' },
  signatories: codes,
});

// Two blocs of three states, each bloc signing its own declarations.
const networkRow = {
  declarations: [
    signed('d1', ['AAA', 'BBB', 'CCC']),
    signed('d2', ['AAA', 'BBB', 'CCC']),
    signed('d3', ['XXX', 'YYY', 'ZZZ']),
    signed('d4', ['XXX', 'YYY', 'ZZZ']),
  ],
  states: ['AAA', 'BBB', 'CCC', 'XXX', 'YYY', 'ZZZ'].map((code) => [
    ['code', code],
    ['name', code],
  ]),
};

describe('per-request loaders', () => {
  it('reads the co-signature network and computes its coalitions once per filter and resolution', async () => {
    const queries: CypherQuery[] = [];
    const read = (async (query: CypherQuery) => {
      queries.push(query);
      return [networkRow];
    }) as ReadFn;
    const loaders = createLoaders(read);
    const first = loaders.coalitions({ from: '2020-01-01' });
    expect(loaders.coalitions({ from: '2020-01-01' })).toBe(first);
    const coalitions = await first;
    expect(coalitions.map((c) => [...c.members].sort()).sort()).toEqual([
      ['AAA', 'BBB', 'CCC'],
      ['XXX', 'YYY', 'ZZZ'],
    ]);
    await loaders.coSignatureNetwork({ from: '2020-01-01' });
    expect(queries).toHaveLength(1);
    expect(loaders.coalitions({ from: '2020-01-01' }, 2)).not.toBe(first);
    await loaders.coalitions({ from: '2021-01-01' });
    expect(queries).toHaveLength(2);
  });
});
