import { describe, expect, it } from 'vitest';
import { scriptLanguage } from './script-language';

describe('scriptLanguage', () => {
  it('reads Arabic and Chinese by the share of their letters', () => {
    expect(scriptLanguage('أصدرت مصر والأردن بياناً مشتركاً')).toBe('ar');
    expect(scriptLanguage('中国、俄罗斯和印度外长发表联合声明')).toBe('zh');
  });

  it('leaves a Latin text that quotes a name in another script to the word reader', () => {
    expect(scriptLanguage('The statement of Egypt (مصر) and China (中国) was adopted today.')).toBe(
      null,
    );
  });
});
