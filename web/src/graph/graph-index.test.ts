import { describe, expect, it } from 'vitest';
import { sharedNeighbours, traffickingStatement } from '../test-fixtures/corpus';
import { createCorpusElements } from './elements';
import { createGraphIndex } from './graph-index';

const graph = createGraphIndex(createCorpusElements([traffickingStatement, sharedNeighbours]));
const names = (nodes: { name: string }[]): string[] => nodes.map((node) => node.name);

describe('createGraphIndex', () => {
  it('finds neighbours by relationship in either direction, sorted by name', () => {
    expect(names(graph.neighbours('BLR', 'SIGNED'))).toEqual([
      'Human Trafficking is Organized Crime. It’s Time to End Exploitation',
      'Synthetic statement',
    ]);
    expect(names(graph.neighbours('untoc', 'SUPPLEMENTS'))).toEqual([
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    ]);
    expect(graph.neighbours('BLR', 'REFERENCES')).toEqual([]);
    expect(graph.neighbours('nowhere', 'SIGNED')).toEqual([]);
  });

  it('lists nodes by kind, then name', () => {
    expect(graph.nodes.map((node) => node.kind)).toEqual([
      'Declaration',
      'Declaration',
      'Instrument',
      'Instrument',
      'Instrument',
      'Organization',
      'Organization',
      'Organization',
      'State',
      'State',
      'State',
      'State',
      'State',
    ]);
    expect(graph.node('LAO')?.name).toBe('Laos');
    expect(graph.node('nowhere')).toBeUndefined();
  });

  it('finds a drawn node by kind and key', () => {
    expect(graph.find({ kind: 'Instrument', key: 'untoc' })?.id).toBe('untoc');
    expect(graph.find({ kind: 'Organization', key: 'untoc' })).toBeUndefined();
  });
});
