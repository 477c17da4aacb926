import { expect, it } from 'vitest';
import { aliasesQuery } from './aliases';

it('reads aliases of many nodes through their kind’s key in one query', () => {
  const query = aliasesQuery({ label: 'State', keys: ['LAO', 'VNM'] });
  expect(query.text).toContain('MATCH (n:State {code: key})');
  expect(query.text).toContain('RETURN key, n.aliases AS aliases');
  expect(query.params).toEqual({ keys: ['LAO', 'VNM'] });
});
