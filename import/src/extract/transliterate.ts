// Russian letters in Latin, after the UN/ICAO romanization passports use.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ў: 'u',
};

/**
 * A Latin spelling of Cyrillic text, so that ids made from a Russian title are slugs:
 * "Торговля людьми" becomes "torgovlia liudmi". Other letters are kept.
 */
export function transliterate(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (ch) => {
    const latin = CYRILLIC[ch.toLowerCase()] ?? ch;
    return ch === ch.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
