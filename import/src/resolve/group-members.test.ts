import { describe, expect, it } from 'vitest';
import { groupNamed, membersOn } from './group-members';

describe('group members', () => {
  it('finds a group by any spelling of its name, or by its registry organization', () => {
    expect(groupNamed({ name: 'G-20' })?.id).toBe('g20');
    expect(groupNamed({ name: 'g 7' })?.id).toBe('g7');
    expect(groupNamed({ organization: 'asean' })?.id).toBe('asean');
    expect(groupNamed({ name: 'Group of Friends' })).toBeUndefined();
  });

  it('gives the members on the day: those who joined by then and had not left', () => {
    const brics = groupNamed({ name: 'BRICS' });
    if (!brics) throw new Error('no BRICS');
    expect(membersOn(brics, '2023-09-22')).toEqual(['BRA', 'RUS', 'IND', 'CHN', 'ZAF']);
    expect(membersOn(brics, '2024-06-10')).toHaveLength(9);
    const g8 = groupNamed({ name: 'G8' });
    if (!g8) throw new Error('no G8');
    expect(membersOn(g8, '2013-06-18')).toContain('RUS');
    expect(membersOn(g8, '2014-06-04')).not.toContain('RUS');
    expect(membersOn(g8, null)).not.toContain('RUS');
  });
});
