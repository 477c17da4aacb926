import { z } from 'zod';
import { nodeKind, nodeKinds, relationshipKinds, evidenceSchema } from '../model';
import type { NodeKind, RelationshipKind } from '../model';

/** Current import-format version; bump it with an explicit up-migration. */
export const IMPORT_FORMAT = 'treatygraph/1';

function nodeRowSchema(kind: NodeKind) {
  const shape = Object.fromEntries(
    Object.entries(kind.properties).map(([name, spec]) => [
      name,
      (spec.required ? spec.type : spec.type.optional()).describe(spec.description),
    ]),
  );
  return z.strictObject(shape).describe(kind.description);
}

function endpointSchema(label: string) {
  const kind = nodeKind(label);
  const key = kind.properties[kind.key];
  if (!key) throw new Error(`${label} has no key property`);
  return key.type;
}

function relationshipRowSchema(kind: RelationshipKind) {
  const properties = Object.fromEntries(
    Object.entries(kind.properties).map(([name, spec]) => [
      name,
      spec.type.optional().describe(spec.description),
    ]),
  );
  return z
    .strictObject({
      type: z.literal(kind.type),
      from: endpointSchema(kind.from).describe(`${kind.from} key`),
      to: endpointSchema(kind.to).describe(`${kind.to} key`),
      ...properties,
      ...evidenceSchema.shape,
      // A property that tells relationships of one pair apart must be given.
      ...Object.fromEntries(
        (kind.mergeKey ?? []).map((name) => [
          name,
          (evidenceSchema.shape as Record<string, z.ZodType>)[name] ?? properties[name],
        ]),
      ),
    })
    .describe(kind.description);
}

const nodeRows: Record<string, z.ZodOptional<z.ZodArray<z.ZodType>>> = Object.fromEntries(
  Object.entries(nodeKinds).map(([label, kind]) => [
    label,
    z.array(nodeRowSchema(kind)).optional(),
  ]),
);

const relationshipRow = z.discriminatedUnion(
  'type',
  Object.values(relationshipKinds).map((kind) => relationshipRowSchema(kind)) as unknown as [
    ReturnType<typeof relationshipRowSchema>,
    ...ReturnType<typeof relationshipRowSchema>[],
  ],
);

/** The import document: a format version, then nodes by label and relationships by type. */
export const importDocumentSchema = z
  .strictObject({
    format: z.literal(IMPORT_FORMAT),
    nodes: z.strictObject(nodeRows).default({}),
    relationships: z.array(relationshipRow).default([]),
  })
  .describe('A treatygraph import document.');

export type NodeRow = Record<string, unknown>;
export type RelationshipRow = {
  type: string;
  from: string;
  to: string;
  [property: string]: unknown;
};
export type ImportDocument = {
  format: typeof IMPORT_FORMAT;
  nodes: Partial<Record<keyof typeof nodeKinds, NodeRow[]>>;
  relationships: RelationshipRow[];
};

/** JSON Schema of the import format, for editor validation of YAML and JSON documents. */
export function importDocumentJsonSchema(): unknown {
  return z.toJSONSchema(importDocumentSchema, { io: 'input' });
}
