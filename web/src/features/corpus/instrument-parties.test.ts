import { describe, expect, it } from 'vitest';
import type { Request } from '../../api/client';
import type {
  InstrumentPartiesQuery,
  InstrumentPartiesQueryVariables,
} from '../../api/generated/graphql';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { drawnInstrumentIds, loadInstrumentParties } from './instrument-parties';

const states = new Map(traffickingStatement.signatories.map((s) => [s.code, s]));

describe('drawnInstrumentIds', () => {
  it('lists the cited instruments and those they supplement, once each', () => {
    const protocolOnly = {
      ...traffickingStatement,
      id: 'other',
      references: traffickingStatement.references.slice(0, 1),
    };
    expect(drawnInstrumentIds([traffickingStatement, protocolOnly])).toEqual([
      'global-plan-of-action',
      'palermo-protocol',
      'untoc',
    ]);
  });

  it('lists none for no declarations', () => {
    expect(drawnInstrumentIds([])).toEqual([]);
  });
});

describe('loadInstrumentParties', () => {
  it('asks for at most a page of ids per request and joins parties to states', async () => {
    const asked: InstrumentPartiesQueryVariables[] = [];
    const request = (async (_document: unknown, variables: InstrumentPartiesQueryVariables) => {
      asked.push(variables);
      const ids = (Array.isArray(variables.ids) ? variables.ids : [variables.ids]).map(String);
      const result: InstrumentPartiesQuery = {
        instruments: {
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: ids.map((id) => ({
            node: {
              id,
              parties: [
                {
                  signedOn: null,
                  consentOn: '2003-01-01',
                  consentType: null,
                  withdrawnOn: null,
                  evidence: null,
                  state: { code: id === 'i-0' ? 'LAO' : 'XYZ' },
                },
              ],
            },
          })),
        },
      };
      return result;
    }) as Request;
    const ids = Array.from({ length: 250 }, (_, i) => `i-${i}`);
    const loaded = await loadInstrumentParties(request, { ids, states });
    expect(asked.map((v) => (v.ids as string[]).length)).toEqual([100, 100, 50]);
    expect(loaded).toHaveLength(250);
    expect(loaded[0]?.parties[0]?.state).toBe(states.get('LAO'));
    expect(loaded[1]?.parties[0]?.state).toMatchObject({ code: 'XYZ', name: 'XYZ' });
  });

  it('sends nothing for no ids', async () => {
    const request = (async () => {
      throw new Error('no request expected');
    }) as Request;
    expect(await loadInstrumentParties(request, { ids: [], states })).toEqual([]);
  });
});
