import { nodeKinds } from '@treatygraph/schema';
import type { NodeLabel } from '@treatygraph/schema';
import { z } from 'zod';

/**
 * The zod schema of one node row of `label`, from the model: the same properties, types and
 * required flags an import document's rows are held to.
 */
export function nodeRowSchema(label: NodeLabel) {
  const kind = nodeKinds[label];
  return z.strictObject(
    Object.fromEntries(
      Object.entries(kind.properties).map(([name, spec]) => [
        name,
        spec.required ? spec.type : spec.type.optional(),
      ]),
    ),
  );
}
