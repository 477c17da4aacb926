import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, formatViewState, parseViewState, type ViewState } from './view-state';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      view: 'status',
      selected: 'LAO',
      layout: 'geographic',
      colorBy: 'coalition',
      regions: ['Africa', 'Asia'],
      declaration: '2025-07-30-human-trafficking',
      instrument: 'untoc-trafficking-protocol',
      statusOf: 'crc',
      from: 2001,
      to: 2025,
      asOf: '2014-01-27',
      expand: ['LAO', 'untoc'],
      a: 'x y',
      b: 'untoc',
      limit: 5_000,
      moved: { LAO: { x: 12, y: -340 }, 'Instrument:untoc': { x: 0, y: 7 } },
      issue: 'hr',
      versus: 'USA',
    };
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });

  it('writes nothing for the defaults and reads the defaults from nothing', () => {
    expect(formatViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('ignores unknown and malformed values rather than failing', () => {
    const state = parseViewState(
      '?view=nope&layout=spiral&color=mood&regions=Asia,Atlantis&from=20x&asOf=2014-1-2&limit=2.5',
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, regions: ['Asia'] });
  });

  it('keeps a declaration limit from 1 to 10,000 and falls back to 1,000 outside it', () => {
    expect(parseViewState('?limit=1').limit).toBe(1);
    expect(parseViewState('?limit=10000').limit).toBe(10_000);
    expect(parseViewState('?limit=0').limit).toBe(1_000);
    expect(parseViewState('?limit=10001').limit).toBe(1_000);
    expect(formatViewState({ ...DEFAULT_VIEW_STATE, limit: 200 })).toBe('?limit=200');
  });

  it('keeps dragged positions compactly, in whole pixels, and skips malformed ones', () => {
    const link = formatViewState({
      ...DEFAULT_VIEW_STATE,
      moved: { untoc: { x: 3.6, y: -0.2 }, LAO: { x: -120.4, y: 45 } },
    });
    expect(decodeURIComponent(link)).toBe('?pos=LAO:-120:45,untoc:4:0');
    expect(parseViewState('?pos=LAO:1:2,bad,:3:4,THA:x:1').moved).toEqual({ LAO: { x: 1, y: 2 } });
  });

  it('keeps the Geography view coloured by a treaty status in its link', () => {
    const link = '?view=map&color=status&statusOf=crc&asOf=1991-01-01';
    expect(parseViewState(link)).toMatchObject({
      view: 'map',
      colorBy: 'status',
      statusOf: 'crc',
      asOf: '1991-01-01',
    });
    expect(formatViewState(parseViewState(link))).toBe(link);
  });

  it('sorts regions so the same view always gives the same link', () => {
    const link = formatViewState({ ...DEFAULT_VIEW_STATE, regions: ['Europe', 'Africa'] });
    expect(link).toBe('?regions=Africa%2CEurope');
  });
});
