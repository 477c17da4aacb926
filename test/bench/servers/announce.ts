/** The line a bench server prints once it listens; `startChildServer` waits for it. */
export const READY_PREFIX = 'bench-server-ready ';

export function announce(url: string): void {
  process.stdout.write(`${READY_PREFIX}${url}\n`);
}

export function neo4jUriFromEnv(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI must name the Neo4j the bench server reads');
  return uri;
}
