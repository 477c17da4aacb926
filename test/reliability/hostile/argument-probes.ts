import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType } from 'graphql';
import { REPO } from '../support/run-script';

/** Strings that would change a query if any argument reached Cypher (or Lucene) as text. */
export const INJECTIONS = [
  "' OR 1=1 //",
  "LAO' }) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 AS x //',
  '` DETACH DELETE n //',
  "x' UNION MATCH (n) RETURN n //",
  '$rows',
  '{id: 1}',
  '\\',
  '\u0000',
  'name:* OR title:*',
  '[a TO z]',
  '"unterminated',
  '*~^2',
  'AND OR NOT',
];

export type Probe = { field: string; path: string; query: string; variables: object };

const schema = buildSchema(readFileSync(join(REPO, 'schema/graphql/schema.graphql'), 'utf8'));

// A value of the right type for arguments not under test; unknown ids are fine.
function filler(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return filler(type.ofType);
  if (isListType(type)) return [filler(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, filler(f.type)]),
    );
  }
  const name = getNamedType(type).name;
  if (name === 'Int' || name === 'Float') return 1;
  if (name === 'Boolean') return true;
  if (name === 'Date') return '2020-01-01';
  return 'x';
}

// Every place a string can go in one argument: the argument itself or a field of its input.
function stringSlots(type: GraphQLInputType, path: string[]): string[][] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    return Object.values(named.getFields()).flatMap((f) => stringSlots(f.type, [...path, f.name]));
  }
  return isLeafType(named) && !isEnumType(named) && ['String', 'ID', 'Date'].includes(named.name)
    ? [path]
    : [];
}

// Sets `value` at `path`; an input object created on the way gets its required fields, so the
// probe reaches the resolver instead of failing validation.
function setAt(
  target: Record<string, unknown>,
  path: string[],
  options: { value: unknown; fieldType: (name: string) => GraphQLInputType | undefined },
): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = options.value;
    return;
  }
  const type = options.fieldType(head);
  const named = type && getNamedType(type);
  const inner = Array.isArray(target[head]) ? (target[head] as unknown[])[0] : target[head];
  const created = named && isInputObjectType(named) ? filler(named) : {};
  const next = (inner && typeof inner === 'object' ? inner : created) as Record<string, unknown>;
  const fields = named && isInputObjectType(named) ? named.getFields() : {};
  setAt(next, rest, { ...options, fieldType: (name) => fields[name]?.type });
  target[head] = Array.isArray(target[head]) ? [next] : next;
}

function probesOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Probe[] {
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const signature = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${operation}${signature ? `(${signature})` : ''} { ${field.name}${
    call ? `(${call})` : ''
  }${selection} }`;
  const base = Object.fromEntries(field.args.map((a: GraphQLArgument) => [a.name, filler(a.type)]));
  return field.args.flatMap((arg) =>
    stringSlots(arg.type, [arg.name]).flatMap((slot) =>
      INJECTIONS.map((text) => {
        const variables = structuredClone(base) as Record<string, unknown>;
        setAt(variables, slot, {
          value: text,
          fieldType: (name) => field.args.find((a) => a.name === name)?.type,
        });
        return { field: field.name, path: slot.join('.'), query, variables };
      }),
    ),
  );
}

/** One request per injection string per string slot of every argument of every root field. */
export function injectionProbes(): Probe[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    type ? Object.values(type.getFields()).flatMap((f) => probesOf(operation, f)) : [],
  );
}
