import { nodeKinds } from '../model';
import type { NodeKind } from '../model';
import { dataVersionConstraint } from './data-version';

export type SchemaStatement = { name: string; cypher: string };

const snake = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/** The name of the one full-text index over names, aliases and titles. */
export const FULLTEXT_INDEX = 'entity_names_fulltext';

function kindStatements(kind: NodeKind): SchemaStatement[] {
  const label = kind.label;
  return Object.entries(kind.properties).flatMap(([property, spec]) => {
    const base = `${snake(label)}_${snake(property)}`;
    if (spec.unique) {
      const name = `${base}_unique`;
      return [
        {
          name,
          cypher: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
        },
      ];
    }
    if (spec.indexed) {
      const name = `${base}_index`;
      return [
        { name, cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})` },
      ];
    }
    return [];
  });
}

function fulltextStatement(): SchemaStatement {
  const kinds = Object.values(nodeKinds);
  const labels = kinds.filter((k) => Object.values(k.properties).some((p) => p.fulltext));
  const properties = [
    ...new Set(
      labels.flatMap((k) =>
        Object.entries(k.properties)
          .filter(([, p]) => p.fulltext)
          .map(([name]) => name),
      ),
    ),
  ].sort();
  return {
    name: FULLTEXT_INDEX,
    cypher:
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS ` +
      `FOR (n:${labels.map((k) => k.label).join('|')}) ` +
      `ON EACH [${properties.map((p) => `n.${p}`).join(', ')}]`,
  };
}

/**
 * Every constraint and index the model implies, in a stable order. Each statement is
 * idempotent (IF NOT EXISTS) and deterministically named, so re-applying is a no-op and a
 * drift check can compare names with `SHOW CONSTRAINTS` / `SHOW INDEXES`.
 */
export function schemaStatements(): SchemaStatement[] {
  const kinds = Object.values(nodeKinds);
  return [...kinds.flatMap(kindStatements), fulltextStatement(), dataVersionConstraint];
}
