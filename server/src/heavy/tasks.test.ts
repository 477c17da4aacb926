import { expect, it } from 'vitest';
import type { ReadFn } from '../db/read';
import { heavyTasks } from './tasks';

/** A read that counts its calls and answers an empty network. */
function countingRead() {
  const calls = { count: 0 };
  const read = (async () => {
    calls.count += 1;
    return [];
  }) as ReadFn;
  return { read, calls };
}

it('reads a network once per data version and filter, whatever the resolution', async () => {
  const { read, calls } = countingRead();
  const filter = { from: '2020-01-01' };
  await heavyTasks.coalitions(read, { filter, resolution: 1.1 }, 'v1');
  await heavyTasks.coalitions(read, { filter, resolution: 1.2 }, 'v1');
  await heavyTasks.coSignatureNetwork(read, { filter }, 'v1');
  expect(calls.count).toBe(1);
  await heavyTasks.coalitions(read, { filter, resolution: 1.1 }, 'v2');
  await heavyTasks.coalitions(read, { filter: { from: '2021-01-01' } }, 'v2');
  expect(calls.count).toBe(3);
});

it('reads again when it does not know the version, or the read failed', async () => {
  const { read, calls } = countingRead();
  await heavyTasks.coalitions(read, { filter: {} });
  await heavyTasks.coalitions(read, { filter: {} });
  expect(calls.count).toBe(2);
  const failing = (async () => {
    throw new Error('down');
  }) as ReadFn;
  await expect(heavyTasks.coalitions(failing, { filter: {} }, 'v3')).rejects.toThrow('down');
  await heavyTasks.coalitions(read, { filter: {} }, 'v3');
  expect(calls.count).toBe(3);
});

it('lists the declarations that bind each coalition only when asked', async () => {
  const state = (code: string) => [
    ['code', code],
    ['name', code],
  ];
  const read = (async () => [
    {
      declarations: [
        { declaration: { id: 'd1', title: 'One' }, signatories: ['FRA', 'DEU', 'ITA'] },
        { declaration: { id: 'd2', title: 'Two' }, signatories: ['FRA', 'DEU'] },
      ],
      states: ['FRA', 'DEU', 'ITA'].map(state),
    },
  ]) as unknown as ReadFn;
  const [full] = await heavyTasks.coalitions(read, { filter: {} });
  expect(full?.declarations.map((d) => d.id)).toEqual(['d1', 'd2']);
  const [bare] = await heavyTasks.coalitions(read, { filter: {}, declarations: false });
  expect(bare?.declarations).toEqual([]);
  expect(bare?.states.map((s) => s.code)).toEqual(full?.states.map((s) => s.code));
});
