import { describe, expect, it } from 'vitest';
import { arabicOfficeStates } from './arabic-office-nisba';

const read = (text: string) =>
  arabicOfficeStates(text).map((m) => [m.code, text.slice(m.start, m.end)]);

describe('arabicOfficeStates', () => {
  it('reads an office with a nisba, over its glued conjunction and its holder', () => {
    expect(
      read(
        'بين جلالة الملك والرئيس المصري عبدالفتاح السيسي ورئيس الوزراء العراقي مصطفى الكاظمي بيان',
      ),
    ).toEqual([
      ['EGY', 'والرئيس المصري عبدالفتاح السيسي'],
      ['IRQ', 'ورئيس الوزراء العراقي مصطفى الكاظمي'],
    ]);
    expect(read('وزيرة الخارجية السعودية').map(([code]) => code)).toEqual(['SAU']);
  });

  it('reads no nisba without an office, nor one no single state owns', () => {
    expect(read('الوضع المصري والاقتصاد العراقي')).toEqual([]);
    expect(read('الرئيس العربي والرئيس الإقليمي')).toEqual([]);
  });
});
