import { describe, expect, it } from 'vitest';
import { chineseNumber, scriptDates, statedStateCount } from './script-dates';

describe('scriptDates', () => {
  it('reads Arabic-Indic digits and Egyptian and Levantine month names', () => {
    expect(scriptDates('اجتمعوا يوم ٢٤ سبتمبر ٢٠٢٤ في نيويورك', 'ar')).toEqual(['2024-09-24']);
    expect(scriptDates('صدر في 3 تشرين الأول 2023 وفي 07 ديسمبر 2022', 'ar')).toEqual([
      '2023-10-03',
      '2022-12-07',
    ]);
  });

  it('reads Chinese dates and leaves out a month without a day', () => {
    expect(scriptDates('2024年5月1日在北京发表，2019年6月举行', 'zh')).toEqual(['2024-05-01']);
  });
});

describe('counts', () => {
  it('reads Chinese numerals', () => {
    expect([chineseNumber('七'), chineseNumber('十'), chineseNumber('二十六')]).toEqual([
      7, 10, 26,
    ]);
    expect(chineseNumber('国')).toBe(null);
  });

  it('reads a stated number of states', () => {
    expect(statedStateCount('美、日、韩3国外长', 'zh')).toBe(3);
    expect(statedStateCount('26国代表签署', 'zh')).toBe(26);
    expect(statedStateCount('七国集团外长', 'zh')).toBe(7);
    expect(statedStateCount('وزراء خارجية ٨ دول يشيدون', 'ar')).toBe(8);
    expect(statedStateCount('中国同阿拉伯国家', 'zh')).toBe(null);
  });
});
