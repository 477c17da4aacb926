import autocannon from 'autocannon';
import { coalitionsAtResolution } from './queries';
import { CONNECTIONS } from './throughput';

// The storm's load generator, in a process of its own: in the bench process its tight loop
// of refused requests delayed the timed client's own answers, which the server never saw.
// Usage: storm-load.ts URL SECONDS; prints STARTED when the storm begins, then the status
// counts as one JSON line.
const [url, seconds] = process.argv.slice(2);
if (!url || !seconds) throw new Error('usage: storm-load.ts URL SECONDS');
let asked = 0;
console.log('STARTED');
const result = await autocannon({
  url: `${url}/graphql`,
  connections: CONNECTIONS,
  duration: Number(seconds),
  timeout: 60,
  requests: [
    {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify(coalitionsAtResolution(asked++)),
      }),
    },
  ],
});
const status = (code: `${number}`) => result.statusCodeStats?.[code]?.count ?? 0;
console.log(
  JSON.stringify({ total: result.requests.total, answered: status('200'), refused: status('429') }),
);
