import { expect, it } from 'vitest';
import { nodesByKeyQuery } from './nodes-by-key';

it('matches nodes on the model’s key property', () => {
  expect(nodesByKeyQuery({ label: 'State', keys: ['LAO', 'THA'] })).toMatchInlineSnapshot(`
    {
      "params": {
        "keys": [
          "LAO",
          "THA",
        ],
      },
      "text": "UNWIND $keys AS key
    MATCH (n:State {code: key})
    RETURN key, properties(n) AS node",
    }
  `);
});

it('reads only the properties named, when given', () => {
  expect(
    nodesByKeyQuery({ label: 'State', keys: ['LAO'], properties: ['code', 'name'] }).text,
  ).toContain('RETURN key, n {.code, .name} AS node');
});
