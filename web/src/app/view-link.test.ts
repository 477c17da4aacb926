import { describe, expect, it } from 'vitest';
import { viewLink } from './view-link';

describe('viewLink', () => {
  it('changes the view and keeps the filters, without what belonged to the old view', () => {
    expect(
      viewLink(
        { view: 'treaty', instrument: 'untoc' },
        '?asOf=2014-01-01&selected=LAO&pos=LAO:1:2',
      ),
    ).toBe('?view=treaty&instrument=untoc&asOf=2014-01-01');
  });
});
