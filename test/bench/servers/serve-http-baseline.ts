import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { announce, neo4jUriFromEnv } from './announce';

// The fair baseline for the API: the same Cypher as the driver baseline, behind the least an
// HTTP JSON endpoint can be (node:http, JSON in and out, one driver), on the same Node, in its
// own process like our server. POST `{ text, params }` to any path; rows come back as JSON.
const driver = neo4j.driver(neo4jUriFromEnv(), undefined, { disableLosslessIntegers: true });

const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const { text, params } = JSON.parse(body) as { text: string; params: Record<string, unknown> };
    driver
      .executeQuery(text, params, { routing: neo4j.routing.READ })
      .then(({ records }) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(records.map((record) => record.toObject())));
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(error) }));
      });
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') announce(`http://127.0.0.1:${address.port}`);
});
