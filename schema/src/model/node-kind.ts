import type { PropertySpec } from './property';

export type NodeKind = {
  /** Neo4j label, also the GraphQL type name. */
  label: string;
  description: string;
  /** The natural-key property: unique, never random. */
  key: string;
  /** The property shown as the node's label in views. */
  caption: string;
  properties: Record<string, PropertySpec>;
};

/** Declares a node kind; the key property is always required and unique. */
export function defineNode<TProps extends Record<string, PropertySpec>>(kind: {
  label: string;
  description: string;
  key: keyof TProps & string;
  caption: keyof TProps & string;
  properties: TProps;
}): NodeKind {
  const key = kind.properties[kind.key];
  if (!key) throw new Error(`${kind.label}: key ${kind.key} is not a property`);
  key.required = true;
  key.unique = true;
  return kind;
}
