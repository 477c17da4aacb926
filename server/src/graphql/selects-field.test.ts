import { buildSchema, graphql } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedSubfields, selectsField } from './selects-field';

const schema = buildSchema(`
  type Item { a: Int, shared: Int }
  type Query { items: [Item] }
`);

async function selects(source: string): Promise<boolean> {
  let answer: boolean | undefined;
  await graphql({
    schema,
    source,
    rootValue: {
      items: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        answer = selectsField(info, 'shared');
        return [];
      },
    },
  });
  if (answer === undefined) throw new Error(`items was not resolved for ${source}`);
  return answer;
}

describe('selectsField', () => {
  it('sees a subfield selected directly, or through inline and named fragments', async () => {
    expect(await selects('{ items { a shared } }')).toBe(true);
    expect(await selects('{ items { ... on Item { shared } } }')).toBe(true);
    expect(await selects('{ items { ...F } } fragment F on Item { a shared }')).toBe(true);
  });

  it('says no when the subfield is not selected', async () => {
    expect(await selects('{ items { a } }')).toBe(false);
    expect(await selects('{ items { ...F } } fragment F on Item { a }')).toBe(false);
  });

  it('finds every selection of a subfield, and what those select in turn', async () => {
    const fieldsOf = (info: GraphQLResolveInfo) => {
      const outer = selectedSubfields(info, 'items');
      return { outer: outer.length, shared: selectedSubfields(info, 'shared', outer).length };
    };
    const nested = buildSchema(`
      type Item { a: Int, shared: Int, items: [Item] }
      type Query { items: [Item] }
    `);
    const seen: { outer: number; shared: number }[] = [];
    await graphql({
      schema: nested,
      source: '{ items { items { a } other: items { ...F } } } fragment F on Item { shared }',
      rootValue: {
        items: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          seen.push(fieldsOf(info));
          return [];
        },
      },
    });
    expect(seen).toEqual([{ outer: 2, shared: 1 }]);
  });
});
