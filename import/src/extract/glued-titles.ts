import type { PlainText } from './plain-text';

// Honorifics and offices that open a signer's row: "H.E.", "Hon.", "Right Honourable", "His
// Majesty", "Dr", "S.E.", "Su Excelencia", "Seine Exzellenz", "Г-н". Case-sensitive, so that an
// all-capitals heading ("HERMAN", "THE KING") is never cut.
const TITLE =
  '(?:H\\.\\s?E\\.|S\\.\\s?E\\.|S\\.\\s?M\\.|Hon\\.|Rt\\.?\\s?Hon|(?:Right\\s+|The\\s+)?Honou?rable|(?:His|Her)\\s+(?:Majesty|Excellency|Royal|Highness)|(?:Son|Sa|Leurs?)\\s+(?:Excellence|Majesté|Altesse)|(?:Su|Sua)\\s+(?:Excelencia|Excelência|Majestad|Majestade|Alteza)|(?:Seine|Ihre)\\s+(?:Exzellenz|Majestät|Hoheit)|Dr|Mr|Mrs|Ms|Prof|Amb|Sr|Sra|Mme|Monsieur|Madame|Señor|Señora|Herr|Frau|President|Prime\\s+Minister|Minister|Ministre|Ministro|King|Queen|Sheikh|Emir|Sultan|Président|Presidente|Präsident|Г-н|Г-жа|Господин|Президент|Премьер-министр)(?![\\p{L}\\p{N}])';

// A table pasted as text loses its cell breaks: "MalawiH.E. President …", "DRCH.E. …",
// "LesothoRight Honourable …". A title glued to a letter near the start of a line opens a cell.
const GLUED = new RegExp(
  `(?<=^[^\\S\\n]*(?:[-*•]\\s*)?\\p{L}[^\\n]{0,48})(?<=\\p{L})(?=${TITLE})`,
  'gmu',
);

// "…, Zambia yZimbabwe": a list's last "and" glued to the name after it.
const GLUED_AND = /(?<=,[^\S\n]*[^,\n]{1,40}\s(?:y|e|and|et|und))(?=\p{Lu}\p{Ll})/gu;

/**
 * `plain` with a space between a row's leading name and the title glued to it, and between a
 * list's last "and" and the name glued to it.
 */
export function withUngluedTitles(plain: PlainText): PlainText {
  const cuts = [...plain.text.matchAll(GLUED), ...plain.text.matchAll(GLUED_AND)]
    .map((m) => m.index)
    .sort((a, b) => a - b);
  if (cuts.length === 0) return plain;
  const parts: string[] = [];
  const origin: number[] = [];
  let from = 0;
  for (const cut of [...cuts, plain.text.length]) {
    parts.push(plain.text.slice(from, cut));
    for (const o of plain.origin.slice(from, cut)) origin.push(o);
    if (cut < plain.text.length) {
      parts.push(' ');
      origin.push(plain.origin[cut] ?? cut);
    }
    from = cut;
  }
  origin.push(plain.origin[plain.text.length] ?? plain.text.length);
  return { text: parts.join(''), origin };
}
