import { IMPORT_FORMAT } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  changingPlans,
  countChanges,
  entityChanges,
  predictEntityStates,
  sameValue,
} from './entity-changes';
import type { EntityStates } from './entity-changes';
import { planWrite } from './plan';
import type { WritePlan } from './plan';

const plan = planWrite({
  format: IMPORT_FORMAT,
  nodes: { Declaration: [{ id: '2025-01-01-test', title: 'Test', adoptedOn: '2025-01-01' }] },
  relationships: [
    { type: 'SIGNED', from: 'LAO', to: '2025-01-01-test', quoteStart: 4 },
    { type: 'SIGNED', from: 'BOL', to: '2025-01-01-test' },
  ],
});

describe('entity changes', () => {
  it('counts everything as created over an empty database', () => {
    const changes = entityChanges(new Map(), predictEntityStates(new Map(), [plan]));
    expect(countChanges(changes)).toEqual({
      created: { nodes: 3, relationships: 2 },
      updated: { nodes: 0, relationships: 0 },
      unchanged: { nodes: 0, relationships: 0 },
    });
  });

  it('tells updated properties from unchanged ones, integers of either kind alike', () => {
    const before: EntityStates = predictEntityStates(new Map(), [plan]);
    before.set('node Declaration 2025-01-01-test', {
      id: '2025-01-01-test',
      title: 'Old',
      summary: 'kept',
    });
    before.set('relationship SIGNED LAO -> 2025-01-01-test', { quoteStart: neo4j.int(4) });
    before.set('relationship SIGNED BOL -> 2025-01-01-test', { asOf: '2024-01-01' });
    const changes = entityChanges(before, predictEntityStates(before, [plan]));
    expect(changes.filter((c) => c.change !== 'unchanged')).toEqual([
      {
        kind: 'node',
        label: 'Declaration',
        key: '2025-01-01-test',
        change: 'updated',
        properties: ['adoptedOn', 'title'],
      },
      {
        kind: 'relationship',
        label: 'SIGNED',
        key: 'BOL -> 2025-01-01-test',
        change: 'updated',
        properties: ['asOf'],
      },
    ]);
    expect(countChanges(changes).unchanged).toEqual({ nodes: 2, relationships: 1 });
  });

  it('leaves a referenced state that exists as it is, whatever the gazetteer holds', () => {
    const before: EntityStates = new Map([['node State LAO', { name: 'Lao PDR' }]]);
    const after = predictEntityStates(before, [plan]);
    expect(after.get('node State LAO')).toEqual({ name: 'Lao PDR' });
    expect(after.get('node State BOL')).toMatchObject({ code: 'BOL' });
    const states = entityChanges(before, after).filter((c) => c.label === 'State');
    expect(states.map((c) => [c.key, c.change])).toEqual([
      ['BOL', 'created'],
      ['LAO', 'unchanged'],
    ]);
  });

  it('writes again only the rows that change something', () => {
    const before: EntityStates = predictEntityStates(new Map(), [plan]);
    before.set('relationship SIGNED BOL -> 2025-01-01-test', { asOf: '2024-01-01' });
    const [changing] = changingPlans(before, [plan]);
    expect(changing?.nodes).toEqual([]);
    expect(changing?.relationships.map((b) => b.rows.map((r) => r.from))).toEqual([['BOL']]);
    expect(changing?.relationships.map((b) => b.create)).toEqual([false]);
  });

  it('marks the rows of entities absent before (and earlier in the run) to be created', () => {
    const before: EntityStates = new Map([['node State LAO', { name: 'Lao PDR' }]]);
    const [first, second] = changingPlans(before, [plan, plan]);
    const created = (p: WritePlan | undefined) =>
      [...(p?.nodes ?? []), ...(p?.relationships ?? [])].map((b) => [
        'label' in b.kind ? b.kind.label : b.kind.type,
        b.create,
        b.rows.length,
      ]);
    const states = plan.nodes.find((b) => b.kind.label === 'State')?.rows.length ?? 0;
    expect(created(first)).toContainEqual(['State', true, states - 1]);
    expect(created(first).every(([, create]) => create)).toBe(true);
    // The same rows again change nothing: nothing left to create or merge.
    expect(created(second)).toEqual([]);
  });
});

describe('sameValue', () => {
  it('takes integers of either kind, lists and maps in any key order as stored', () => {
    expect(sameValue(neo4j.int(4), neo4j.int(4))).toBe(true);
    expect(sameValue(neo4j.int(4), neo4j.int(5))).toBe(false);
    expect(sameValue(neo4j.int(4), 4)).toBe(false);
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ a: 1, b: [neo4j.int(2)] }, { b: [neo4j.int(2)], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, gone: null }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: '1' }, { a: 1 })).toBe(false);
  });
});
