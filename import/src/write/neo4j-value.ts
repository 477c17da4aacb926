import type { PropertySpec } from '@treatygraph/schema';
import { int } from 'neo4j-driver';
import { z } from 'zod';

// The driver sends every JS number as a float; an int property must arrive as a Neo4j Integer
// so that queries and the API see 12, not 12.0.
function isIntSpec(spec: PropertySpec | undefined): boolean {
  return spec?.type instanceof z.ZodNumber && spec.type.isInt;
}

/**
 * The Neo4j property map of a row: absent values dropped, integer properties as Integers.
 * @example neo4jProps({ quoteStart: 3, asOf: undefined }, provenanceProperties) // { quoteStart: Integer(3) }
 */
export function neo4jProps(
  row: Record<string, unknown>,
  specs: Record<string, PropertySpec>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [
        name,
        isIntSpec(specs[name]) && typeof value === 'number' ? int(value) : value,
      ]),
  );
}
