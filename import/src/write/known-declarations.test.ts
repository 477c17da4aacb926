import { describe, expect, it } from 'vitest';
import { joinCandidates } from './known-declarations';

const stored = (id: string, title: string, adoptedOn?: string) => ({
  id,
  props: { id, title, ...(adoptedOn && { adoptedOn }) },
});

describe('joinCandidates', () => {
  const rows = [
    { id: 'new-1', title: 'Human Trafficking is Organized Crime', adoptedOn: '2025-07-30' },
    { id: 'kept', title: 'Another statement', adoptedOn: '2024-01-01' },
  ];

  it('keeps a stored declaration with a row’s id, whatever its date and title', () => {
    expect(joinCandidates([stored('kept', 'Renamed', '1999-01-01')], rows)).toHaveLength(1);
  });

  it('keeps a same-day declaration whose title is near-identical', () => {
    const wire = stored('wire', 'Human trafficking is organised crime.', '2025-07-30');
    expect(joinCandidates([wire], rows)).toEqual([wire]);
  });

  it('leaves out same-day declarations with other titles, and alike titles on other days', () => {
    const other = stored('other', 'Joint statement on ocean conservation', '2025-07-30');
    const earlier = stored('earlier', 'Human Trafficking is Organized Crime', '2025-07-29');
    const undated = stored('undated', 'Human Trafficking is Organized Crime');
    expect(joinCandidates([other, earlier, undated], rows)).toEqual([]);
  });
});
