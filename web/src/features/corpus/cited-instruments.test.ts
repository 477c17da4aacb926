import { describe, expect, it } from 'vitest';
import type { Request } from '../../api/client';
import type {
  InstrumentsByIdQuery,
  InstrumentsByIdQueryVariables,
} from '../../api/generated/graphql';
import { loadCitedInstruments } from './cited-instruments';

type Row = InstrumentsByIdQuery['instruments']['edges'][number]['node'];

const row = (id: string, supplements: string | null): Row => ({
  id,
  name: id.toUpperCase(),
  shortName: null,
  kind: 'PROTOCOL',
  adoptedOn: '2000-11-15',
  entryIntoForceOn: null,
  partyCount: 2,
  supplements: supplements ? { id: supplements } : null,
});

/** Holds an amendment to a protocol to a convention, and a plan. */
const graph = new Map(
  [
    row('amendment', 'protocol'),
    row('protocol', 'convention'),
    row('convention', null),
    row('plan', null),
  ].map((r) => [r.id, r]),
);

function fakeServer() {
  const asked: string[][] = [];
  const request = (async (_document: unknown, variables: InstrumentsByIdQueryVariables) => {
    const ids = (Array.isArray(variables.ids) ? variables.ids : [variables.ids]).map(String);
    asked.push(ids);
    const result: InstrumentsByIdQuery = {
      instruments: {
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: ids.flatMap((id) => (graph.has(id) ? [{ node: graph.get(id) as Row }] : [])),
      },
    };
    return result;
  }) as Request;
  return { request, asked };
}

describe('loadCitedInstruments', () => {
  it('follows what the cited instruments supplement, round by round, and links them', async () => {
    const { request, asked } = fakeServer();
    const loaded = await loadCitedInstruments(request, ['amendment', 'plan', 'missing']);
    expect(asked).toEqual([['amendment', 'plan', 'missing'], ['protocol'], ['convention']]);
    const amendment = loaded.find((i) => i.id === 'amendment');
    expect(amendment?.supplements?.id).toBe('protocol');
    expect(amendment?.supplements?.supplements?.id).toBe('convention');
    expect(loaded.map((i) => i.id).sort()).toEqual(['amendment', 'convention', 'plan', 'protocol']);
    expect(loaded[0]).toMatchObject({ partyCount: 2 });
    expect(loaded[0]).not.toHaveProperty('parties');
  });

  it('sends nothing when nothing is cited', async () => {
    const { request, asked } = fakeServer();
    expect(await loadCitedInstruments(request, [])).toEqual([]);
    expect(asked).toEqual([]);
  });
});
