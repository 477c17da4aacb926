import { nodeKinds, provenanceProperties, relationshipKinds } from '@treatygraph/schema';
import type { NodeLabel, RelationshipType } from '@treatygraph/schema';

/** A node kind's description, from the model. */
export function describeKind(label: NodeLabel): string {
  return nodeKinds[label].description;
}

/** A node property's description, from the model; throws at schema build if it is gone. */
export function describeProperty(label: NodeLabel, property: string): string {
  const spec = nodeKinds[label].properties[property];
  if (!spec) throw new Error(`the model has no property ${label}.${property}`);
  return spec.description;
}

/** A relationship's description, from the model. */
export function describeRelationship(type: RelationshipType): string {
  return relationshipKinds[type].description;
}

/** A relationship property's description, from the model. */
export function describeRelationshipProperty(type: RelationshipType, property: string): string {
  const spec = relationshipKinds[type].properties[property];
  if (!spec) throw new Error(`the model has no property ${type}.${property}`);
  return spec.description;
}

/** A provenance property's description, from the model. */
export function describeEvidence(property: keyof typeof provenanceProperties): string {
  return provenanceProperties[property].description;
}
