/** The languages read by script rather than by words: neither writes capitals nor always spaces. */
export type ScriptLanguage = 'ar' | 'zh';

const ARABIC = /[\u0600-\u06ff]/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * Arabic or Chinese when most of the text is in that script, else null: a Latin text
 * quoting a name in Arabic or Han letters stays with the word-based reader.
 * @example scriptLanguage('صدر بيان مشترك عن مصر والأردن') // 'ar'
 */
export function scriptLanguage(text: string): ScriptLanguage | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  if ((text.match(ARABIC)?.length ?? 0) / letters > 0.5) return 'ar';
  // A Han character is about half a word: a Chinese story quoting English tweets is still Chinese.
  const latinWords = text.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  if ((text.match(HAN)?.length ?? 0) > 2 * latinWords) return 'zh';
  return null;
}
