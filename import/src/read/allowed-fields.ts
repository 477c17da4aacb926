import { evidenceSchema, nodeKinds, relationshipKinds } from '@treatygraph/schema';
import { valueAt } from './value-at';

const ROOT_FIELDS = ['format', 'nodes', 'relationships'];

/** The relationship kind of the row at `relationships[i]`, when its type is one the model has. */
export function relationshipKindAt(root: unknown, index: PropertyKey) {
  const type = valueAt(root, ['relationships', index, 'type']);
  return typeof type === 'string' && Object.hasOwn(relationshipKinds, type)
    ? relationshipKinds[type as keyof typeof relationshipKinds]
    : undefined;
}

/** The field names the import format allows in the object at `path`, for "did you mean". */
export function allowedFields(root: unknown, path: readonly PropertyKey[]): string[] {
  const [first, second, third] = path;
  if (path.length === 0) return ROOT_FIELDS;
  if (first === 'nodes' && path.length === 1) return Object.keys(nodeKinds);
  if (first === 'nodes' && typeof second === 'string' && typeof third === 'number') {
    const kind = Object.hasOwn(nodeKinds, second)
      ? nodeKinds[second as keyof typeof nodeKinds]
      : undefined;
    return kind ? Object.keys(kind.properties) : [];
  }
  if (first === 'relationships' && second !== undefined && path.length === 2) {
    const kind = relationshipKindAt(root, second);
    const own = kind ? Object.keys(kind.properties) : [];
    return ['type', 'from', 'to', ...own, ...Object.keys(evidenceSchema.shape)];
  }
  return [];
}
