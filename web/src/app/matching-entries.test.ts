import { expect, it } from 'vitest';
import { matching } from './matching-entries';

const entries = Array.from({ length: 250 }, (_, i) => ({ id: `i${i}`, label: `Treaty ${i}` }));

it('lists at most a hundred entries, keeps the chosen one, and narrows by every word', () => {
  expect(matching(entries, '', null)).toHaveLength(100);
  expect(matching(entries, '', 'i200')[0]).toEqual({ id: 'i200', label: 'Treaty 200' });
  expect(matching(entries, 'TREATY 249', null)).toEqual([{ id: 'i249', label: 'Treaty 249' }]);
  expect(matching(entries, 'treaty 1 24', null).map((e) => e.id)).toEqual(['i124', 'i241']);
});
