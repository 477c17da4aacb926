import { DECLARATION_NOUN } from './cues';

const W = '(?<![\\p{L}\\p{N}])';

// "the summit of the heads of state of", "саммит глав", "la réunion des ministres de",
// "la cumbre de presidentes de", "das Treffen der Außenminister von": a meeting of the people
// who speak for the states listed next.
const MEETING_OF = new RegExp(
  `${W}(?:summit|meeting|talks|саммит\\p{L}*|встреч\\p{L}*|переговор\\p{L}*|заседани\\p{L}*|sommet|réunion|cumbre|reunión|Gipfel\\p{L}*|Treffen|vertice|riunione|cimeira|reunião)\\s+` +
    `(?:of\\s+(?:the\\s+)?|des\\s+|de\\s+(?:los\\s+)?|der\\s+|dei\\s+|degli\\s+|dos\\s+)?` +
    `(?:heads\\s+of\\s+(?:state|government)(?:\\s+and\\s+(?:of\\s+)?government)?|leaders|presidents|(?:foreign\\s+)?ministers|глав\\p{L}*(?:\\s+государств\\p{L}*)?|лидеров|президентов|министров(?:\\s+иностранных\\s+дел)?|chefs\\s+d['’]État|dirigeants|présidents|ministres(?:\\s+des\\s+affaires\\s+étrangères)?|jefes\\s+de\\s+Estado|líderes|presidentes|cancilleres|ministros|Staats-\\s+und\\s+Regierungschefs|(?:Außen)?minister|capi\\s+di\\s+Stato|leader|chefes\\s+de\\s+Estado)` +
    `(?:\\s+(?:of|de|des|du|del|von|der|di|dos|das)(?:\\s+the)?)?\\s*$`,
  'iu',
);

// "It adopted a joint statement", "Его итогом стало принятие совместного заявления", "adoptèrent".
const ADOPTION =
  /(?<![\p{L}])(?:adopt\p{L}*|issued|принят\p{L}*|принял\p{L}*|приняли|одобрил\p{L}*|aprob\p{L}*|verabschiedet\p{L}*|approvat\p{L}*|adottat\p{L}*|aprov\p{L}*)(?![\p{L}])/iu;

const adopts = (sentence: string | undefined) =>
  sentence !== undefined && ADOPTION.test(sentence) && DECLARATION_NOUN.test(sentence);

/**
 * A list of states whose leaders or ministers met, when that sentence or the next says the
 * meeting adopted a statement: "The summit of the heads of state of A, B and C ended in Tehran.
 * It adopted a joint statement." The states are the statement's parties.
 */
export function summitThatAdopted(
  lead: string,
  sentences: { own: string; next: string | undefined },
): [number, string] | undefined {
  const meeting = MEETING_OF.exec(lead);
  if (!meeting) return undefined;
  if (!adopts(sentences.own) && !adopts(sentences.next)) return undefined;
  return [4, `a meeting of their ${meeting[0].trim()} that adopted the statement`];
}
