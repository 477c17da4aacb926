import { describe, expect, it } from 'vitest';
import { findDates, latestYearWithWeekday } from './dates';

const dates = (...args: Parameters<typeof findDates>) => findDates(...args).map((d) => d.date);

describe('findDates', () => {
  it('reads full dates in every language', () => {
    expect(dates('on 30 July 2025', 'en', null)).toEqual(['2025-07-30']);
    expect(dates('le 30 juillet 2025', 'fr', null)).toEqual(['2025-07-30']);
    expect(dates('el 30 de julio de 2025', 'es', null)).toEqual(['2025-07-30']);
    expect(dates('30 июля 2025 года', 'ru', null)).toEqual(['2025-07-30']);
  });

  it('resolves weekdays, "today" and yearless dates against the publication date', () => {
    // 30 July 2025 was a Wednesday.
    expect(dates('on Monday', 'en', '2025-07-30')).toEqual(['2025-07-28']);
    expect(dates('on Wednesday', 'en', '2025-07-30')).toEqual(['2025-07-30']);
    expect(dates('yesterday', 'en', '2025-07-30')).toEqual(['2025-07-29']);
    expect(dates('hoy', 'es', '2025-07-30')).toEqual(['2025-07-30']);
    expect(dates('в понедельник', 'ru', '2025-07-30')).toEqual(['2025-07-28']);
    expect(dates('on 30 December', 'en', '2026-01-02')).toEqual(['2025-12-30']);
  });

  it('leaves them unknown without a publication date, and skips months and years', () => {
    expect(dates('on Monday', 'en', null)).toEqual([null]);
    expect(dates('on 30 July', 'en', null)).toEqual([null]);
    expect(dates('today', 'en', null)).toEqual([null]);
    expect(dates('gestern', 'de', null)).toEqual([null]);
    expect(dates('This year, in July 2025', 'en', '2025-07-30')).toEqual([]);
  });

  it('reads no day in a time ("at the last minute"), and a relative day only against a publication date', () => {
    expect(dates('resisted it until the last minute', 'en', null)).toEqual([]);
    expect(dates('three hours ago', 'en', '2025-07-30')).toEqual([]);
    expect(dates('two days ago', 'en', null)).toEqual([null]);
    expect(dates('two days ago', 'en', '2025-07-30')).toEqual(['2025-07-28']);
  });

  it('reads no day in the end of a period ("before the end of this year")', () => {
    expect(dates('talks should open before the end of this year', 'en', null)).toEqual([]);
    expect(dates('talks should open before the end of this year', 'en', '2023-11-30')).toEqual([]);
  });

  it('reads no day in "now" or in a place named after a saint ("Santo Domingo")', () => {
    expect(dates('sumó ahora el apoyo de Australia', 'es', null)).toEqual([]);
    expect(dates('the pledge now has 34 signatories', 'en', '2021-10-11')).toEqual([]);
    expect(dates('la declaración de Santo Domingo', 'es', null)).toEqual([]);
    expect(dates('reunidos el domingo en Lima', 'es', '2024-08-16')).toEqual(['2024-08-11']);
  });
  it('reads no day in a word that is also a weekday\'s short form ("el mar Caribe")', () => {
    expect(dates('los ataques lanzados en el mar Caribe', 'es', '2025-11-10')).toEqual([]);
    expect(dates('reunidos el martes en Lima', 'es', '2024-08-16')).toEqual(['2024-08-13']);
  });
  it('reads a count after a day ("July 10, 22 countries") as no year', () => {
    expect(dates('On July 10, 22 countries had issued a statement', 'en', null)).toEqual([null]);
    expect(dates('On July 10, 22 countries had issued a statement', 'en', '2019-07-13')).toEqual([
      '2019-07-10',
    ]);
    expect(dates('signed on July 10, 22 in Geneva', 'en', null)).toEqual(['2022-07-10']);
  });
  it('reads "am folgenden Morgen" as no day, and "tomorrow" only against a reference', () => {
    expect(dates('öffentlich gemacht am folgenden Morgen', 'de', null)).toEqual([]);
    expect(dates('öffentlich gemacht am folgenden Morgen', 'de', '2025-08-12')).toEqual([]);
    expect(dates('the leaders will sign it tomorrow', 'en', null)).toEqual([null]);
    expect(dates('the leaders will sign it tomorrow', 'en', '2025-08-12')).toEqual(['2025-08-13']);
  });
});

describe('latestYearWithWeekday', () => {
  it('finds the latest year a yearless day fell on its weekday, not after today', () => {
    const [mention] = findDates('ce lundi 20 février', 'fr', null);
    expect(mention?.weekday).toBe(1);
    expect(mention?.dayOfYear).toBe('02-20');
    // 20 February was a Monday in 2017 and 2023, next in 2034.
    expect(latestYearWithWeekday('02-20', 1, '2026-12-07')).toBe('2023-02-20');
    expect(latestYearWithWeekday('02-20', 1, '2023-02-19')).toBe('2017-02-20');
    // 29 February exists only in leap years: Thursday in 2024, Monday in 2016.
    expect(latestYearWithWeekday('02-29', 1, '2026-12-07')).toBe('2016-02-29');
  });
});
