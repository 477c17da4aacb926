/** A year's agreement, as `votingAffinityByYear` gives it. */
export type YearPoint = { year: number; agreement?: number | null };

/** The chart's drawing area inside its SVG, in pixels. */
export const CHART = { width: 640, height: 200, left: 44, right: 16, top: 12, bottom: 26 };

/** Agreement on the y axis: 0 at the bottom, 1 at the top. */
export const yOf = (agreement: number): number =>
  CHART.top + (1 - agreement) * (CHART.height - CHART.top - CHART.bottom);

/**
 * The x scale of a span of years: one year wide at least, so a single year sits in the middle.
 * @example xScale(1946, 2019)(1946) // 44
 */
export function xScale(first: number, last: number): (year: number) => number {
  const from = first === last ? first - 1 : first;
  const to = first === last ? last + 1 : last;
  const width = CHART.width - CHART.left - CHART.right;
  return (year) => CHART.left + ((year - from) / (to - from)) * width;
}

/**
 * The line through the years, broken where years are missing (the two never both voted, or
 * one was not yet a member): a gap is not a trend.
 * @example linePath([{ year: 2000, agreement: 1 }, { year: 2001, agreement: 0 }], x) // 'M…L…'
 */
export function linePath(points: readonly YearPoint[], x: (year: number) => number): string {
  let path = '';
  let previous: number | null = null;
  for (const { year, agreement } of points) {
    if (agreement === null || agreement === undefined) {
      previous = null;
      continue;
    }
    const command = previous !== null && year === previous + 1 ? 'L' : 'M';
    path += `${command}${round(x(year))} ${round(yOf(agreement))}`;
    previous = year;
  }
  return path;
}

/** Year ticks: every 10 years, or 5 or 1 over shorter spans. */
export function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const step = span > 30 ? 10 : span > 8 ? 5 : 1;
  const ticks = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks;
}

const round = (value: number): number => Math.round(value * 10) / 10;
