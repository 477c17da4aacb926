import { Agent, request } from 'node:http';
import { importCorpus } from '@treatygraph/import';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ANALYST_QUERIES } from '../load/analyst-queries';
import { startServerProcess } from '../support/server-process';

type Outcome = {
  startedAt: number;
  endedAt: number;
  kind: 'ok' | 'refused' | 'failed';
  why?: string;
};

// One request through `agent`: each load worker keeps one connection alive, as browsers and
// proxies do, so its requests go to a connection the server accepted long before the signal.
function once(url: string, body: string, agent?: Agent): Promise<Outcome> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    const done = (kind: Outcome['kind'], why?: string) =>
      resolve({ startedAt, endedAt: performance.now(), kind, ...(why && { why }) });
    const req = request(
      `${url}/graphql`,
      { method: 'POST', agent: agent ?? false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const ok = res.statusCode === 200 && !text.includes('"errors"');
          done(ok ? 'ok' : 'failed', `${res.statusCode} ${text.slice(0, 200)}`);
        });
        res.on('error', (e) => done('failed', e.message));
      },
    );
    // A fresh connection reset before any answer was still in the kernel's queue when the
    // listener closed: the server never saw it, as with a refusal. A reset on a kept-alive
    // connection would be the server dropping a request it had: a failure.
    req.on('error', (e: NodeJS.ErrnoException) => {
      const unseen = e.code === 'ECONNREFUSED' || (e.code === 'ECONNRESET' && !req.reusedSocket);
      done(unseen ? 'refused' : 'failed', `${e.code} ${e.message}`);
    });
    req.end(body);
  });
}

describe('SIGTERM while the server is under load', () => {
  beforeAll(async () => {
    const driver = neo4j.driver(inject('neo4jUri'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await importCorpus(driver);
    await driver.close();
  });

  it('finishes every in-flight request and exits 0; no completed request errs', async () => {
    const server = await startServerProcess({ NEO4J_URI: inject('neo4jUri') });
    const outcomes: Outcome[] = [];
    let stopped = false;
    // Each worker sends until the server refuses it a connection.
    const worker = async (w: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = w; !stopped; i += 1) {
        const body = ANALYST_QUERIES[i % ANALYST_QUERIES.length] ?? '';
        const outcome = await once(server.url, body, agent);
        outcomes.push(outcome);
        if (outcome.kind === 'refused') break;
      }
      agent.destroy();
    };
    const workers = Array.from({ length: 24 }, (_, w) => worker(w));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const signalledAt = performance.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    await Promise.race([
      Promise.all(workers),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
    stopped = true;
    await Promise.all(workers);

    const inFlight = outcomes.filter((o) => o.startedAt < signalledAt && o.endedAt > signalledAt);
    const served = outcomes.filter((o) => o.kind === 'ok');
    const failed = outcomes.filter((o) => o.kind === 'failed');
    console.info(
      `[reliability] SIGTERM under load: ${outcomes.length} requests, ${served.length} ok, ` +
        `${inFlight.length} in flight at the signal ` +
        `(${inFlight.filter((o) => o.kind === 'ok').length} answered), ${failed.length} failed, ` +
        `${outcomes.length - served.length - failed.length} refused after; exit ${code}`,
    );
    expect(failed.map((o) => o.why)).toEqual([]);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(code).toBe(0);
  }, 90_000);
});
