import neo4j from 'neo4j-driver';

/**
 * Neo4j values as plain JSON-like data: integers become numbers, temporal values their ISO
 * text. The server does not own the driver's configuration (callers may pass any driver), so
 * it converts here rather than relying on `disableLosslessIntegers`.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Lists before the driver's type checks, which cost more: views convert thousands per answer.
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  }
  if (isTemporal(value)) return String(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
