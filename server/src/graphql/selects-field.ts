import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The subfields named `name` that `fieldNodes` select (by default the current field's), through
 * inline fragments and named fragments too: lets a resolver see what is asked below it.
 */
export function selectedSubfields(
  info: GraphQLResolveInfo,
  name: string,
  fieldNodes: readonly FieldNode[] = info.fieldNodes,
): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return found;
}

/**
 * Whether the current field's selection asks for a subfield by name, through inline fragments
 * and named fragments too: lets a loader skip reading what nobody selected.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedSubfields(info, name).length > 0;
}
