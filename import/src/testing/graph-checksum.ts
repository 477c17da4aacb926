import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

// Integers, arrays and maps in a stable, comparable text form.
function canonical(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]);
  }
  return value;
}

/**
 * A hash of every node (labels, properties) and relationship (type, endpoint keys,
 * properties) in the database: equal hashes mean nothing changed. The data version is left
 * out: every write renews it, changed or not, and it is bookkeeping rather than data.
 */
export async function graphChecksum(driver: Driver, database?: string): Promise<string> {
  const session = driver.session({ ...(database && { database }) });
  try {
    const nodes = await session.run(
      'MATCH (n) WHERE NOT n:DataVersion RETURN labels(n) AS labels, properties(n) AS props',
    );
    const relationships = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.code) AS from, ' +
        'coalesce(b.id, b.code) AS to, properties(r) AS props',
    );
    const lines = [...nodes.records, ...relationships.records]
      .map((record) => JSON.stringify(canonical(record.toObject())))
      .sort();
    return createHash('sha256').update(lines.join('\n')).digest('hex');
  } finally {
    await session.close();
  }
}
