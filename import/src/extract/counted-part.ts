import type { Analysed } from './analysed';
import { numberWord } from './counts';
import { DECLARATION_NOUN } from './cues';

/**
 * A part of a counted group of states whose letter or statement the next sentences report in
 * the group's own voice: "Fifteen member states of the European Union, with Denmark and the
 * Czech Republic at the head of the group, are pushing for …", "The fifteen countries, among
 * them Italy and Greece but not Hungary, want …. In a letter seen by AFP, they ask …".
 */

const STATES =
  '(?:countries|states|nations|member\\s+states|governments|pays|États(?:\\s+membres)?|países|Estados(?:\\s+miembros|\\s+membros)?|Länder|Staaten|Mitgliedstaaten|Paesi|Stati(?:\\s+membri)?)';
const COUNTED_PART_LEAD = new RegExp(
  `(?:^|[.;:]\\s+)(?:the\\s+|les\\s+|los\\s+|las\\s+|die\\s+|i\\s+|gli\\s+|os\\s+|as\\s+)?(\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)\\s+(?:[\\p{L}-]+\\s+){0,2}?${STATES}(?:\\s+(?:of|de|der|dell['’]|della|da|do)\\s+(?:the\\s+|la\\s+|l['’])?[^,;.]{1,40})?\\s*,\\s*(?:(among\\s+them|including|notably|parmi\\s+lesquels|dont|entre\\s+ell[oa]s|incluidos|darunter|tra\\s+cui|entre\\s+eles)|(with|avec|con|mit|com))\\s*$`,
  'iu',
);
// "with Denmark and the Czech Republic at the head of the group": who leads it.
const AT_HEAD_AFTER =
  /^\s*(?:at\s+(?:the|their)\s+head|in\s+the\s+lead|à\s+(?:leur|sa)\s+tête|a\s+la\s+cabeza|an\s+der\s+Spitze|in\s+testa|à\s+frente)(?![\p{L}])/iu;
// "In a letter seen by AFP, they ask …", "the signatories state": the group speaks in its text.
const THEY_SPEAK =
  /(?:^|[,;:]\s*)(?:they|ils|elles|sie|ellos|ellas|essi|eles|они)\s+\p{Ll}|(?<![\p{L}])the\s+signatories\s+\p{Ll}/iu;

export function countedPartSignal(
  lead: string,
  after: string,
  context: { analysed: Analysed[]; sentence: number; size: number },
): [number, string] | undefined {
  const m = COUNTED_PART_LEAD.exec(lead);
  const count = m?.[1] ? numberWord(m[1]) : undefined;
  if (!m || count === undefined || count < Math.max(3, context.size + 1)) return undefined;
  if (m[3] && !AT_HEAD_AFTER.test(after)) return undefined;
  const next = context.analysed.slice(context.sentence + 1, context.sentence + 4);
  const speaks = next.some(
    (a) => DECLARATION_NOUN.test(a.sentence.text) && THEY_SPEAK.test(a.sentence.text),
  );
  return speaks
    ? [3, `a part of the ${count} counted, whose text the next sentences report`]
    : undefined;
}
