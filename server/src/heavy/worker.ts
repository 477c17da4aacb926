import { workerData } from 'node:worker_threads';
import type { Neo4jConfig } from '../config';
import { createDriver } from '../db/driver';
import { createReader } from '../db/read';
import { lowerThreadPriority } from './lower-priority';
import { runTask } from './task-outcome';
import type { TaskCall, TaskOutcome } from './task-outcome';

/** What the pool hands each worker thread: where Neo4j is, and the read timeout. */
export type WorkerData = { neo4j: Neo4jConfig; timeoutMs?: number };

const { neo4j, timeoutMs } = workerData as WorkerData;
// Computations yield the cores to the request thread when they compete for them.
lowerThreadPriority();

// One driver per thread, for its life: its connection pool serves every task the thread runs.
const driver = createDriver(neo4j);
const read = createReader({ driver, database: neo4j.database, timeoutMs });

/** Piscina's entry: one heavy task, read and computed on this thread. */
export default function run(call: TaskCall): Promise<TaskOutcome> {
  return runTask(read, call);
}
