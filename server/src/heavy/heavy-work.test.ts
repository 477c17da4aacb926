import { describe, expect, it } from 'vitest';
import type { CypherQuery, ReadFn } from '../db/read';
import { isAppError } from '../errors';
import { createHeavyWork } from './heavy-work';
import type { CoalitionRecord } from '../loaders/co-signature-network';
import { createInlineRunner } from './runner';
import type { TaskRunner } from './runner';

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

/** A fake Neo4j: the data version it is told, the network for every other query. */
function fakeDatabase() {
  const db = { version: 'v1', versionReads: 0, networkReads: 0, release: () => {} };
  let gate = Promise.resolve();
  const read = (async (query: CypherQuery) => {
    if (query.text.includes('DataVersion')) {
      db.versionReads += 1;
      return [{ version: db.version }];
    }
    db.networkReads += 1;
    await gate;
    return [networkRow];
  }) as ReadFn;
  const hold = () => {
    gate = new Promise((resolve) => (db.release = resolve));
  };
  return { db, read, hold };
}

const coalitions = (from: string) => ({ task: 'coalitions' as const, args: { filter: { from } } });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('heavy work', () => {
  it('computes once per data version and arguments, sharing what is in flight', async () => {
    const { db, read } = fakeDatabase();
    const heavy = createHeavyWork({
      runner: createInlineRunner({ read, maxQueue: 8 }),
      read,
      cacheBytes: 1_000_000,
      perClientPerMinute: 0,
    });
    const [first, second] = await Promise.all([
      heavy.forRequest('a')(coalitions('2020-01-01')),
      heavy.forRequest('b')(coalitions('2020-01-01')),
    ]);
    expect(second).toBe(first);
    expect(first.map((c) => c.members).sort()).toEqual([
      ['AAA', 'BBB', 'CCC'],
      ['XXX', 'YYY', 'ZZZ'],
    ]);
    expect(await heavy.forRequest('a')(coalitions('2020-01-01'))).toBe(first);
    expect(db.networkReads).toBe(1);
    await heavy.forRequest('a')(coalitions('2021-01-01'));
    expect(db.networkReads).toBe(2);
    db.version = 'v2';
    expect(await heavy.forRequest('a')(coalitions('2020-01-01'))).not.toBe(first);
    expect(db.networkReads).toBe(3);
  });

  it('refuses at once with RATE_LIMITED and Retry-After when the queue is full', async () => {
    const { db, read, hold } = fakeDatabase();
    const heavy = createHeavyWork({
      runner: createInlineRunner({ read, maxQueue: 0 }),
      read,
      cacheBytes: 1_000_000,
      perClientPerMinute: 0,
    });
    hold();
    // Four run at once on the request thread; with no queue, a fifth is refused.
    const running = ['2020', '2021', '2022', '2023'].map((year) =>
      heavy.forRequest('a')(coalitions(`${year}-01-01`)),
    );
    const refused = await refusal(heavy.forRequest('b')(coalitions('2024-01-01')));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.details).toMatchObject({
      http: { status: 429, headers: { 'Retry-After': expect.stringMatching(/^\d+$/) as unknown } },
    });
    // Refused before the data version is read: a storm of refusals costs Neo4j nothing.
    const versionReads = db.versionReads;
    await refusal(heavy.forRequest('b')(coalitions('2025-01-01')));
    expect(db.versionReads).toBe(versionReads);
    // The same question as the one running joins it rather than being refused.
    const joined = heavy.forRequest('c')(coalitions('2020-01-01'));
    db.release();
    expect(await joined).toBe(await running[0]);
    expect(db.networkReads).toBe(4);
  });

  it('limits the computations each client starts, not its cached answers', async () => {
    const { db, read } = fakeDatabase();
    const heavy = createHeavyWork({
      runner: createInlineRunner({ read, maxQueue: 8 }),
      read,
      cacheBytes: 1_000_000,
      perClientPerMinute: 2,
    });
    await heavy.forRequest('a')(coalitions('2020-01-01'));
    await heavy.forRequest('a')(coalitions('2021-01-01'));
    await heavy.forRequest('a')(coalitions('2020-01-01'));
    const versionReads = db.versionReads;
    const refused = await refusal(heavy.forRequest('a')(coalitions('2022-01-01')));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.details.retryAfter).toBe(30);
    expect(db.versionReads).toBe(versionReads);
    await expect(heavy.forRequest('b')(coalitions('2022-01-01'))).resolves.toHaveLength(2);
  });
});

describe('records shared across results', () => {
  it('keeps one copy of each state per data version, as results come from worker threads', async () => {
    const { db, read } = fakeDatabase();
    const inline = createInlineRunner({ read, maxQueue: 8 });
    // A worker thread's outcome reaches the request thread as a copy of everything it holds.
    const cloning: TaskRunner = {
      ...inline,
      run: async (call) => structuredClone(await inline.run(call)),
    };
    const heavy = createHeavyWork({
      runner: cloning,
      read,
      cacheBytes: 1_000_000,
      perClientPerMinute: 0,
    });
    const asked = (resolution: number) =>
      heavy.forRequest('a')({ task: 'coalitions', args: { filter: {}, resolution } });
    const stateOf = (result: CoalitionRecord[], code: string) =>
      result.flatMap((c) => c.states).find((state) => state.code === code);
    const [first, second] = [await asked(1), await asked(1.1)];
    expect(second).not.toBe(first);
    expect(stateOf(second, 'AAA')).toEqual({ code: 'AAA', name: 'AAA' });
    expect(stateOf(second, 'AAA')).toBe(stateOf(first, 'AAA'));
    db.version = 'v2';
    expect(stateOf(await asked(1.2), 'AAA')).not.toBe(stateOf(first, 'AAA'));
  });
});

describe('refusal by request shape', () => {
  it('tells the refusal a repeated request would meet, before it executes', async () => {
    const { read, hold } = fakeDatabase();
    const heavy = createHeavyWork({
      runner: createInlineRunner({ read, maxQueue: 0 }),
      read,
      cacheBytes: 1_000_000,
      perClientPerMinute: 0,
    });
    await heavy.forRequest('a', () => 'cached')(coalitions('2019-01-01'));
    expect(heavy.pressure('a')).toBeUndefined();
    hold();
    const running = ['2020', '2021', '2022', '2023'].map((year) =>
      heavy.forRequest('a', () => `shape ${year}`)(coalitions(`${year}-01-01`)),
    );
    // They are admitted once the data version is read.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heavy.pressure('a')?.code).toBe('RATE_LIMITED');
    await refusal(heavy.forRequest('b', () => 'new')(coalitions('2024-01-01')));
    expect(heavy.knowsShape('new')).toBe(true);
    expect(heavy.refusalFor('new', 'b')?.code).toBe('RATE_LIMITED');
    // Shapes never seen, answered from the cache, or joining a computation are not refused.
    expect(heavy.knowsShape('unseen')).toBe(false);
    expect(heavy.refusalFor('unseen', 'b')).toBeUndefined();
    expect(heavy.refusalFor('cached', 'b')).toBeUndefined();
    expect(heavy.refusalFor('shape 2021', 'b')).toBeUndefined();
    void Promise.all(running);
  });
});
