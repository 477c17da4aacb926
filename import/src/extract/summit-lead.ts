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

// "a meeting between the President of Poland …, the Chancellor of Germany … and": the people
// who met, each named with the state they speak for.
const MEETING_BETWEEN = new RegExp(
  `${W}(?:summit|meeting|talks|саммит\\p{L}*|встреч\\p{L}*|переговор\\p{L}*|sommet|réunion|rencontre|entretien|cumbre|reunión|encuentro|Gipfel\\p{L}*|Treffen|Gespräch|vertice|riunione|incontro|cimeira|reunião|encontro)\\s+(?:between|entre|zwischen|между|tra|fra)\\s+[^.;:]{0,80}$`,
  'iu',
);

/** Sentences after the list in which the meeting's statement may be reported. */
export const NEXT_SENTENCES = 3;

// "It adopted a joint statement", "Его итогом стало принятие совместного заявления", "adoptèrent".
const ADOPTION =
  /(?<![\p{L}])(?:adopt\p{L}*|issued|принят\p{L}*|принял\p{L}*|приняли|одобрил\p{L}*|aprob\p{L}*|verabschiedet\p{L}*|approvat\p{L}*|adottat\p{L}*|aprov\p{L}*)(?![\p{L}])/iu;

const adopts = (sentence: string | undefined) =>
  sentence !== undefined && ADOPTION.test(sentence) && DECLARATION_NOUN.test(sentence);

/**
 * A list of states whose leaders or ministers met, when that sentence or one of the next few
 * says the meeting adopted a statement: "The summit of the heads of state of A, B and C ended in
 * Tehran. It adopted a joint statement." The states are the statement's parties.
 */
export function summitThatAdopted(
  lead: string,
  /** The list's sentence and the `NEXT_SENTENCES` after it. */
  sentences: { own: string; next: string[] },
): [number, string] | undefined {
  const meeting = MEETING_OF.exec(lead) ?? MEETING_BETWEEN.exec(lead);
  if (!meeting) return undefined;
  if (![sentences.own, ...sentences.next].some(adopts)) return undefined;
  const words = meeting[0].trim().split(/\s+/).slice(0, 3).join(' ');
  return [4, `a meeting (${words} …) that adopted the statement`];
}
