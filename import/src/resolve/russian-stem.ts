// Noun and adjective endings of Russian declension, longest first, as they read after
// normalizeName-style folding (й becomes и, ё becomes е).
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иеи',
  'ии',
  'ия',
  'ию',
  'ие',
  'ах',
  'ях',
  'ов',
  'ев',
  'еи',
  'ои',
  'ом',
  'ем',
  'ам',
  'ям',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ых',
  'их',
  'ым',
  'им',
  'ыи',
  'а',
  'я',
  'ы',
  'и',
  'у',
  'ю',
  'е',
  'о',
  'ь',
];

const MIN_STEM = 3;

/**
 * The stem of one folded Russian word, so that the case forms of a name meet: "россии" and
 * "россия" both give "росс", "казахстаном" and "казахстан" both "казахстан". A stem keeps at
 * least three letters; words that are not Cyrillic come back unchanged.
 * @example russianStem('беларуси') // 'беларус'
 */
export function russianStem(word: string): string {
  if (!/^[\u0400-\u04ff]+$/.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}
