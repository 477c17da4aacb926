import { AppError, isAppError } from '../errors';
import type { ErrorCode } from '../errors';
import { heavyTasks } from './tasks';
import type { TaskArgs, TaskName, TaskResult } from './tasks';

/** A task, its arguments and the data version it is asked under (when the caller knows it). */
export type TaskCall<T extends TaskName = TaskName> = {
  task: T;
  args: TaskArgs<T>;
  version?: string;
};

/**
 * What a task run produced, cloneable across threads: its value and its size as JSON (what
 * the cache weighs), or the AppError it threw. Other errors are bugs and stay thrown.
 */
export type TaskOutcome<T extends TaskName = TaskName> =
  | { value: TaskResult<T>; bytes: number }
  | { error: { code: ErrorCode; message: string; details: Record<string, unknown> } };

/** Runs a task where the caller is (a worker thread, or the request thread). */
export async function runTask<T extends TaskName>(
  read: Parameters<(typeof heavyTasks)[T]>[0],
  call: TaskCall<T>,
): Promise<TaskOutcome<T>> {
  const run = heavyTasks[call.task] as (
    read: Parameters<(typeof heavyTasks)[T]>[0],
    args: TaskArgs<T>,
    version?: string,
  ) => Promise<TaskResult<T>>;
  try {
    const value = await run(read, call.args, call.version);
    return { value, bytes: sizeOf(value) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { error: { code: error.code, message: error.message, details: error.details } };
  }
}

/** About the memory a value holds: its JSON length, byte arrays (exports) by their length. */
function sizeOf(value: unknown): number {
  let binary = 0;
  const json = JSON.stringify(value, (_key, part: unknown) => {
    if (!(part instanceof Uint8Array)) return part;
    binary += part.byteLength;
    return null;
  });
  return (json?.length ?? 0) + binary;
}

/** The task's value, or its AppError thrown again on this side. */
export function unwrapOutcome<T extends TaskName>(outcome: TaskOutcome<T>): TaskResult<T> {
  if ('error' in outcome) {
    const { code, message, details } = outcome.error;
    throw new AppError(code, message, { details });
  }
  return outcome.value;
}
