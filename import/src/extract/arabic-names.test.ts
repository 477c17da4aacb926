import { describe, expect, it } from 'vitest';
import { arabicStates } from './arabic-names';

const codes = (text: string) => arabicStates(text).map((m) => m.code);

describe('arabicStates', () => {
  it('finds names with the conjunction, a preposition or the article glued on', () => {
    expect(codes('مصر والأردن والعراق وللسعودية وبالإمارات')).toEqual([
      'EGY',
      'JOR',
      'IRQ',
      'SAU',
      'ARE',
    ]);
  });

  it('takes the longest name, official forms and a state noun before the common name', () => {
    expect(
      codes('وجمهورية مصر العربية، والمملكة الأردنية الهاشمية، وجمهورية تركيا، ودولة قطر'),
    ).toEqual(['EGY', 'JOR', 'TUR', 'QAT']);
    const [uae] = arabicStates('ودولة الإمارات العربية المتحدة رحبت');
    expect(uae && 'ودولة الإمارات العربية المتحدة رحبت'.slice(uae.start, uae.end)).toBe(
      'ودولة الإمارات العربية المتحدة',
    );
  });

  it('folds the spellings of hamza and tā marbūṭa', () => {
    expect(codes('الولايات المتحدة الأمريكية')).toEqual(['USA']);
    expect(codes('الاردن')).toEqual(['JOR']);
  });

  it('does not read a clitic off a word that is no name', () => {
    expect(codes('بحث الوزراء مسار العمل في إطار آلية التعاون')).toEqual([]);
  });

  it('does not take a name that has no article when a word writes one', () => {
    expect(codes('الدعم المالي والتركي')).toEqual([]);
    expect(codes('ومالي وتركيا')).toEqual(['MLI', 'TUR']);
  });
});

describe('a name a glued preposition governs', () => {
  it('is marked, a glued conjunction alone is not', () => {
    const governed = (text: string) =>
      arabicStates(text).map((m) => `${m.code}:${m.governed === true}`);
    expect(governed('الدول المقاطعة لقطر، مصر وللأردن وبالعراق')).toEqual([
      'QAT:true',
      'EGY:false',
      'JOR:true',
      'IRQ:true',
    ]);
    expect(governed('ولبنان وليبيا')).toEqual(['LBN:false', 'LBY:false']);
  });
});

describe('Amman and Oman', () => {
  it('reads "عمّان" with its shadda as Jordan\'s capital, "عُمان" and bare "عمان" as Oman', () => {
    expect(codes('القاهرة وعمّان وبغداد')).toEqual([]);
    expect(codes('بيان مشترك لسلطنة عُمان والأردن وعمان')).toEqual(['OMN', 'JOR', 'OMN']);
  });
});
