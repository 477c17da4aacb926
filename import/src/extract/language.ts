import type { TextLanguage } from '../resolve/country-names';

const FUNCTION_WORDS: Record<Exclude<TextLanguage, 'ru'>, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'by', 'with', 'that', 'was'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'est', 'une', 'dans', 'pour'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'una', 'por', 'con', 'para'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu'],
  // Words Spanish, French and each other do not share: "do"/"da" contract "de o/a", "di"/"della" are Italian.
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'uma', 'pelo', 'pela', 'não'],
  it: ['il', 'di', 'della', 'dei', 'degli', 'che', 'gli', 'per', 'non', 'nel'],
};

// "Declaración", "país", "señor"; "declaração", "não"; "dichiarazione"; "Erklärung".
const SPELLING: Record<string, RegExp> = {
  es: /\p{L}ci[oó]n(?:es)?(?!\p{L})|ñ/giu,
  pt: /\p{L}(?:ção|ções|ão|ões)(?!\p{L})/giu,
  it: /\p{L}zion[ei](?!\p{L})/giu,
  de: /\p{L}ung(?:en)?(?!\p{L})|ß/gu,
};

/**
 * The language a text is written in, among those the extractor reads: Russian when most letters
 * are Cyrillic, otherwise the one whose commonest words it uses most.
 * @example textLanguage('La déclaration a été adoptée par la France et le Chili.') // 'fr'
 */
export function textLanguage(text: string): TextLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  if (letters > 0 && cyrillic / letters > 0.3) return 'ru';
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const score = (words: string[]) => words.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
  // A short text may hold few of them: its word endings and letters tell too.
  const marks = (language: string) => text.match(SPELLING[language] ?? /$^/gu)?.length ?? 0;
  const ranked = Object.entries(FUNCTION_WORDS)
    .map(([language, words]) => [language as TextLanguage, score(words) + marks(language)] as const)
    .sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? 'en';
}
