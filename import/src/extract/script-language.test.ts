import { describe, expect, it } from 'vitest';
import { scriptLanguage } from './script-language';

describe('scriptLanguage', () => {
  it('reads Arabic and Chinese by the share of their letters', () => {
    expect(scriptLanguage('أصدرت مصر والأردن بياناً مشتركاً')).toBe('ar');
    expect(scriptLanguage('中国、俄罗斯和印度外长发表联合声明')).toBe('zh');
  });

  it('reads a Chinese story that quotes an English sentence as Chinese', () => {
    expect(
      scriptLanguage(
        '五眼聯盟外長發聯合聲明，抨擊香港政府延後立法會選舉。英國外相推特貼文：Together with Australia, Canada, New Zealand & the US we have set out our serious concern.',
      ),
    ).toBe('zh');
  });

  it('leaves a Latin text that quotes a name in another script to the word reader', () => {
    expect(scriptLanguage('The statement of Egypt (مصر) and China (中国) was adopted today.')).toBe(
      null,
    );
  });
});
