import neo4j from 'neo4j-driver';

/**
 * Neo4j values as plain JSON-like data: integers become numbers, temporal values their ISO
 * text. The server does not own the driver's configuration (callers may pass any driver), so
 * it converts here rather than relying on `disableLosslessIntegers`. Lists and maps are
 * converted in place: a record's values belong to the one reader that asked, and copying
 * every row was a tenth of a cheap request's garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Lists and maps before the driver's type checks, which cost more: views convert thousands.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
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
