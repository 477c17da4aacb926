import { nodeKinds, relationshipKinds } from '@treatygraph/schema';
import { isObjectType } from 'graphql';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema';

/** GraphQL types that carry a relationship's own properties. */
const relationshipTypes: Record<string, string> = {
  SIGNED: 'Signature',
  ORGANIZATION_SIGNED: 'NonStateSignature',
  SUPPORTS: 'Support',
  PARTY_TO: 'Participation',
  VOTED: 'Vote',
  PARTICIPATION_CLAIM: 'ParticipationClaim',
  ORGANIZATION_PARTY_TO: 'OrganizationParticipation',
  ORGANIZATION_PARTICIPATION_CLAIM: 'OrganizationParticipationClaim',
  COVERS: 'Coverage',
};

function objectType(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type in the schema`);
  return type;
}

// The model must not grow past the API silently: each addition is exposed or listed here.
describe('every model property and relationship is exposed', () => {
  it.each(Object.entries(nodeKinds))('%s', (label, kind) => {
    const fields = objectType(label).getFields();
    expect(Object.keys(kind.properties).filter((p) => !fields[p])).toEqual([]);
  });

  it.each(Object.entries(relationshipKinds))('%s', (type, kind) => {
    expect(objectType(kind.from).getFields()[kind.forward]).toBeDefined();
    expect(objectType(kind.to).getFields()[kind.reverse]).toBeDefined();
    const properties = Object.keys(kind.properties);
    if (properties.length === 0) return;
    const carrier = relationshipTypes[type];
    if (!carrier) throw new Error(`${type} has properties but no GraphQL type exposes them`);
    const fields = objectType(carrier).getFields();
    expect(properties.filter((p) => !fields[p])).toEqual([]);
  });
});

it('describes every type, field and argument', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
    )
      continue;
    if (!type.description) missing.push(type.name);
    if (!('getFields' in type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : []) {
        if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  expect(missing).toEqual([]);
});
