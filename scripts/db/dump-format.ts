import neo4j from 'neo4j-driver';

/** The version tag of a dump file; `db:load` refuses any other. */
export const DUMP_FORMAT = 'treatygraph-dump/1';

/**
 * A property value as JSON, losslessly: Neo4j integers and non-finite floats are tagged, since
 * JSON numbers alone cannot tell 1 from 1.0 and have no NaN; dates are tagged ISO strings.
 */
export type DumpValue =
  | string
  | number
  | boolean
  | { $int: string }
  | { $float: 'NaN' | 'Infinity' | '-Infinity' }
  | { $date: string }
  | DumpValue[];

export type DumpNode = { labels: string[]; properties: Record<string, DumpValue> };

/** A relationship between two nodes, named by their index in `nodes`. */
export type DumpRelationship = {
  type: string;
  from: number;
  to: number;
  properties: Record<string, DumpValue>;
};

export type Dump = {
  format: typeof DUMP_FORMAT;
  /** `CREATE CONSTRAINT` / `CREATE INDEX` statements, as Neo4j prints them. */
  schema: { name: string; statement: string }[];
  nodes: DumpNode[];
  relationships: DumpRelationship[];
};

/** Thrown for values a dump cannot hold exactly; the caller adds where the value was. */
export class UnsupportedValueError extends Error {
  override readonly name = 'UnsupportedValueError';
}

/** One driver value as a dump value; anything a dump cannot restore exactly is refused. */
export function encodeValue(value: unknown): DumpValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return { $float: String(value) as 'NaN' | 'Infinity' | '-Infinity' };
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  if (neo4j.isDate(value)) return { $date: value.toString() };
  const kind = value?.constructor?.name ?? typeof value;
  throw new UnsupportedValueError(`a ${kind} value cannot be dumped exactly`);
}

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** A dump value as the driver value that recreates it; throws on anything malformed. */
export function decodeValue(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === 'object') {
    const tagged = value as Record<string, unknown>;
    const keys = Object.keys(tagged);
    if (keys.length === 1 && typeof tagged.$int === 'string' && /^-?\d+$/.test(tagged.$int)) {
      return neo4j.int(tagged.$int);
    }
    if (keys.length === 1 && ['NaN', 'Infinity', '-Infinity'].includes(String(tagged.$float))) {
      return Number(tagged.$float);
    }
    const date = keys.length === 1 && typeof tagged.$date === 'string' && DATE.exec(tagged.$date);
    if (date) return new neo4j.types.Date(Number(date[1]), Number(date[2]), Number(date[3]));
  }
  throw new UnsupportedValueError(`${JSON.stringify(value)?.slice(0, 80)} is not a dump value`);
}

/** Every property of a map decoded; errors name the property. */
export function decodeProperties(properties: unknown, where: string): Record<string, unknown> {
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
    throw new UnsupportedValueError(`${where}.properties: expected an object`);
  }
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => {
      try {
        return [key, decodeValue(value)];
      } catch (error) {
        throw new UnsupportedValueError(`${where}.properties.${key}: ${(error as Error).message}`);
      }
    }),
  );
}
