import { describe, expect, it } from 'vitest';
import { CHART, linePath, xScale, yearTicks, yOf } from './chart-geometry';

describe('the affinity chart’s geometry', () => {
  it('spans the years across the drawing area and agreement from bottom to top', () => {
    const x = xScale(1990, 2019);
    expect(x(1990)).toBe(CHART.left);
    expect(x(2019)).toBe(CHART.width - CHART.right);
    expect(yOf(1)).toBe(CHART.top);
    expect(yOf(0)).toBe(CHART.height - CHART.bottom);
    expect(xScale(2019, 2019)(2019)).toBe((CHART.left + CHART.width - CHART.right) / 2);
  });

  it('breaks the line where a year is missing', () => {
    const x = (year: number) => year - 2000;
    const path = linePath(
      [
        { year: 2001, agreement: 1 },
        { year: 2002, agreement: 1 },
        { year: 2005, agreement: 0 },
        { year: 2006, agreement: null },
        { year: 2007, agreement: 0 },
      ],
      x,
    );
    expect(path).toBe(`M1 ${yOf(1)}L2 ${yOf(1)}M5 ${yOf(0)}M7 ${yOf(0)}`);
  });

  it('ticks every 10 years over long spans, fewer years apart over short ones', () => {
    expect(yearTicks(1946, 2019)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010]);
    expect(yearTicks(2001, 2019)).toEqual([2005, 2010, 2015]);
    expect(yearTicks(2017, 2019)).toEqual([2017, 2018, 2019]);
  });
});
