import { nodeKind, nodeKinds } from '@treatygraph/schema';
import type { NodeLabel } from '@treatygraph/schema';
import { Kind, getNamedType, isObjectType } from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { sortKeys } from '../cypher/sort';
import type { ProjectionOf } from '../loaders/create-loaders';

/**
 * Field extension: the resolver reads no property of a node record but its key (it follows a
 * relationship by key, or passes on values that are not node properties). Fields exposing a
 * property need no mark; any other field makes its operation read whole nodes.
 */
export const READS_KEY_ONLY = { readsKeyOnly: true } as const;

const ALL: ProjectionOf = () => null;

function propertyRead(field: GraphQLField<unknown, unknown>): string | 'key' | null {
  const { pothosExposedField, readsKeyOnly } = field.extensions as {
    pothosExposedField?: unknown;
    readsKeyOnly?: unknown;
  };
  if (typeof pothosExposedField === 'string') return pothosExposedField;
  return readsKeyOnly === true ? 'key' : null;
}

/**
 * The node properties an operation can read, per node kind: the key, the sort keys and every
 * property a field of that kind exposes anywhere in the operation (so one projection per kind
 * serves every loader of the request, whichever field asked). When any field of the operation
 * may read more than it exposes, every property is read, as before projections.
 */
export function projectionOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): ProjectionOf {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return ALL;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const exposed = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const visit = (type: GraphQLNamedType | undefined, set: SelectionSetNode): boolean =>
    set.selections.every((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        return visit(on ?? undefined, selection.selectionSet);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) return fragment !== undefined;
        visiting.add(fragment.name.value);
        const ok = visit(
          schema.getType(fragment.typeCondition.name.value) ?? undefined,
          fragment.selectionSet,
        );
        visiting.delete(fragment.name.value);
        return ok;
      }
      if (selection.name.value === '__typename') return true;
      if (!isObjectType(type)) return false;
      const field = type.getFields()[selection.name.value];
      if (!field) return false;
      if (type !== root) {
        const read = propertyRead(field);
        if (read === null) return false;
        if (read !== 'key') {
          const names = exposed.get(type.name) ?? new Set<string>();
          names.add(read);
          exposed.set(type.name, names);
        }
      }
      return !selection.selectionSet || visit(getNamedType(field.type), selection.selectionSet);
    });
  if (!visit(root, operation.selectionSet)) return ALL;
  const projections = new Map<NodeLabel, readonly string[]>(
    (Object.keys(nodeKinds) as NodeLabel[]).map((label) => {
      const names = new Set([
        nodeKind(label).key,
        ...sortKeys[label].map((key) => key.property),
        ...(exposed.get(label) ?? []),
      ]);
      return [label, [...names].sort()];
    }),
  );
  return (label) => projections.get(label) ?? null;
}
