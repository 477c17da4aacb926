/**
 * The forms an Italian adjective of nationality takes as it agrees: "italiano" gives "italiana",
 * "italiani", "italiane"; "tedesco" gives "tedeschi", "tedesche" ("greco" gives "greci", so both
 * plurals of "-co" are kept); "francese" gives "francesi"; "belga" gives "belgi", "belghe".
 * @example italianForms('tedesco') // ['tedesco', 'tedesca', 'tedeschi', 'tedesche', 'tedesci']
 */
export function italianForms(word: string): string[] {
  const stem = word.slice(0, -1);
  if (/[cg]o$/.test(word)) return [word, `${stem}a`, `${stem}hi`, `${stem}he`, `${stem}i`];
  if (/o$/.test(word)) return ['o', 'a', 'i', 'e'].map((e) => stem + e);
  if (/e$/.test(word)) return [word, `${stem}i`];
  if (/[cg]a$/.test(word)) return [word, `${stem}hi`, `${stem}he`];
  if (/a$/.test(word)) return [word, `${stem}i`, `${stem}e`];
  return [word];
}
