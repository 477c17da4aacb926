import { describe, expect, it } from 'vitest';
import type { ReadFn } from '../db/read';
import { AppError, isAppError } from '../errors';
import { runTask, unwrapOutcome } from './task-outcome';

const failing = (error: Error) =>
  (async () => {
    throw error;
  }) as ReadFn;

describe('task outcomes', () => {
  it('carries an AppError across as data and throws it again on the other side', async () => {
    const outcome = await runTask(
      failing(new AppError('SERVICE_UNAVAILABLE', 'Neo4j is down.', { details: { retry: true } })),
      { task: 'coalitions', args: { filter: {} } },
    );
    // Plain data: what a worker thread can post back.
    expect(structuredClone(outcome)).toEqual({
      error: { code: 'SERVICE_UNAVAILABLE', message: 'Neo4j is down.', details: { retry: true } },
    });
    let thrown: unknown;
    try {
      unwrapOutcome(structuredClone(outcome));
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown) && [thrown.code, thrown.message]).toEqual([
      'SERVICE_UNAVAILABLE',
      'Neo4j is down.',
    ]);
  });

  it('lets other errors through: they are bugs, to be masked and logged', async () => {
    await expect(
      runTask(failing(new TypeError('boom')), { task: 'coalitions', args: { filter: {} } }),
    ).rejects.toThrow('boom');
  });

  it('weighs a result by its JSON', async () => {
    const outcome = await runTask((async () => []) as ReadFn, {
      task: 'coalitions',
      args: { filter: {} },
    });
    expect(outcome).toEqual({ value: [], bytes: 2 });
  });
});
