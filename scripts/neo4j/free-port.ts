import { createServer } from 'node:net';

function listenOnce(options: { port: number; host: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(options, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/**
 * Asks the OS for an unused loopback port. Another process could take it before Neo4j binds;
 * then Neo4j exits and `startNeo4j` reports the bind error from its log.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return listenOnce({ port: 0, host });
}

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return listenOnce({ port, host }).then(
    () => true,
    () => false,
  );
}
