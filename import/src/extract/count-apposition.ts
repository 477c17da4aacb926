import { DECLARATION_NOUN, THOSE_OF } from './cues';
import { numberWord } from './counts';

// "The 11 countries — A, B, … and K — said", "The five countries – the United States, …", "Les
// trois pays (A, B et C) ont", "Los 5 países: A, …", "ainsi que 19 autres donateurs (A, …)", "los
// siete países del sur de Europa (A, …)", "Zu den 13 Erstunterzeichnern (Belgien, …)": a list set
// beside the count of the group it names, which the sentence is about; "nove paesi europei –
// Italia, …": an adjective may follow the noun, but not "members", whose list is a group's
// membership ("rassemblait 15 pays membres : …"); "10 pays qui ne possèdent pas l'arme atomique
// (Australie, …)": past a relative clause, in brackets.
const COUNTED_GROUP = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|[\\p{L}]+(?:-[\\p{L}]+)?)\\s+(?:(?:other|autres|otros|otras|outros|altri|weitere|anderen|других)\\s+)?(?:countries|states|nations|governments|signatories|donors|pays|États|gouvernements|signataires|donateurs|bailleurs|países|Estados|gobiernos|firmantes|donantes|Länder|Staaten|Regierungen|(?:Erst)?Unterzeichner(?:n|staaten)?|Geber(?:länder)?|paesi|Stati|governi|firmatari|стран\\p{L}*|государств\\p{L}*)(?:\\s+(?!(?:membres|members|miembros|membros|membri)(?![\\p{L}]))\\p{Ll}{4,})?(?:\\s+(?:qui|que|which|that|die|che)\\s+[^().;:]{1,160}?(?=\\s*\\())?\\s*(?:[—–:-]\\s*(?:(?:the|la|le|les|el|los|las|die|der)\\s+)?|(?:(?:del|de|of|from|in|du|des|der|aus|di|della|dell['’]|da|do|dos|das)\\s+(?:[\\p{L}-]+\\s+){1,3})?\\(\\s*)$`,
  'iu',
);

// "Os seis países são Portugal, Georgia, …", "The five countries are:", "Gli altri 13 paesi sono":
// the counted states, named.
const COUNTED_ARE = new RegExp(
  `(?<![\\p{L}])(?:the|these|those|os|estes|esses|los|estos|esos|les|ces|die|diese|i|gli|questi)\\s+(?:(?:other|altri|autres|otros|otras|outros|outras|anderen|übrigen)\\s+)?(\\d{1,3}|[\\p{L}]+)\\s+(?:countries|states|nations|signatories|países|Estados|pays|États|signataires|Länder|Staaten|paesi|Stati)\\s+(?:are|were|são|eram|foram|son|eran|fueron|sont|étaient|sind|waren|sono|erano)\\s*:?\\s*$`,
  'iu',
);

/**
 * The weight of a list set in apposition to a count of states that matches its length: such a
 * list names the group the count stands for, the subject of what it says or signs; undefined
 * when the lead ends in no count or the count is another number, unless the lead says "the N
 * countries are".
 */
export function countApposition(lead: string, states: number): [number, string] | undefined {
  const m = COUNTED_GROUP.exec(lead);
  const n = m?.[1] ? numberWord(m[1]) : undefined;
  if (m && n === states)
    return [4, `set beside '${m[0].trim()}', the count of its ${states} names`];
  // A count that the list belies is the page's slip: the words still name the counted states.
  const are = COUNTED_ARE.exec(lead);
  const counted = are?.[1] ? numberWord(are[1]) : undefined;
  if (!are || counted === undefined) return undefined;
  return counted === states
    ? [4, `set beside '${are[0].trim()}', the count of its ${states} names`]
    : [3, `named as '${are[0].trim()}'`];
}

// "Одиннадцать стран, среди которых Россия, Белоруссия и Китай, выступили с осуждением".
// "Vingt-cinq pays, parmi lesquels le Canada, … et de nombreux pays européens, ont diffusé lundi
// une déclaration commune", "More than 40 countries, including A and B, signed a letter": some
// of the counted states, the subject of the text the sentence goes on to report.
const COUNTED_INCLUDING = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|[\\p{L}]+(?:-[\\p{L}]+)?)\\s+(?:(?:other|autres|otros|outros|altri|weitere|anderen)\\s+)?(?:countries|states|nations|governments|pays|États|gouvernements|países|Estados|gobiernos|Länder|Staaten|Regierungen|paesi|Stati|governi|стран\\p{L}*|государств\\p{L}*|member\\s+states|Mitglieds?staaten|États\\s+membres|Estados\\s+miembros|Estados-membros|Stati\\s+membri)(?:\\s+(?:der|of\\s+the|de\\s+la|de\\s+l['’]|dell['’]|da|del)\\s+(?:EU|UE|European\\s+Union|Europäischen\\s+Union|Union\\s+européenne|Unión\\s+Europea|União\\s+Europeia|Unione\\s+europea))?\\s*[,—–]\\s*(?:среди\\s+(?:которых|них)|в\\s+том\\s+числе|включая|including|among\\s+them|parmi\\s+(?:lesquels|eux)|dont|notamment|entre\\s+(?:ellos|ellas|los\\s+cuales|las\\s+cuales|eles|elas|os\\s+quais|as\\s+quais)|incluidos|incluindo|darunter|unter\\s+ihnen|tra\\s+cui|fra\\s+cui|tra\\s+i\\s+quali)\\s+(?:(?:the|le|la|les|el|los|las|o|os|a|as|die|der|den|il|lo|gli|i)\\s+|l['’])?(?:${THOSE_OF}\\s+)?$`,
  'iu',
);

// "Ambassadors … from 37 countries, Pakistan and Saudi Arabia among them, have put out a letter":
// the same, with the word for some after the names.
const COUNTED_COMMA = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|[\\p{L}]+(?:-[\\p{L}]+)?)\\s+(?:countries|states|nations|governments|pays|États|países|Estados|Länder|Staaten|paesi|Stati|стран\\p{L}*|государств\\p{L}*)\\s*,\\s*(?:(?:the|le|la|les|el|los|las|die|der|il|i)\\s+)?$`,
  'iu',
);
const AMONG_THEM =
  /^\s*(?:among\s+them|among\s+others|entre\s+(?:ellos|otros)|parmi\s+eux|unter\s+ihnen|tra\s+gli\s+altri|среди\s+них)(?![\p{L}])/iu;

const CALLED_ON =
  /(?<![\p{L}])(?:aufgefordert|aufforderten|forderten|called\s+on|urged|ont\s+(?:appelé|demandé|exhorté)|(?:pidieron|instaron|exhortaron)|(?:pediram|instaram|exortaram)|(?:hanno\s+)?(?:chiesto|esortato|sollecitato))(?![\p{L}])/iu;

/**
 * The weight of a list of some of the states a count before it names, when the sentence goes on
 * to say what they issued or the text counts its signers so; undefined otherwise, or when the
 * list names as many as the count.
 */
export function countedIncluding(
  lead: string,
  states: number,
  context: { after: string; next: string; counts: number[] },
): [number, string] | undefined {
  const m =
    COUNTED_INCLUDING.exec(lead) ??
    (AMONG_THEM.test(context.after) ? COUNTED_COMMA.exec(lead) : null);
  const n = m?.[1] ? numberWord(m[1]) : undefined;
  if (!m || n === undefined || n <= states) return undefined;
  // "The 44 countries, among them A, …, come from four regional groups": the count is the
  // signers' the text gave before.
  // "…, выступили с осуждением … . Соответствующий документ эти государства совместно внесли":
  // or the next sentence names it.
  // "Zwölf Mitgliedsstaaten der EU – unter ihnen … – hatten die EU-Kommission … aufgefordert": a
  // call they made together.
  const text =
    DECLARATION_NOUN.test(context.after.slice(0, 160)) ||
    DECLARATION_NOUN.test(context.next) ||
    CALLED_ON.test(context.after.slice(0, 160));
  if (text || context.counts.includes(n))
    return [4, `some of the ${n} counted in '${m[0].trim()}', who issued the text`];
  return undefined;
}

/**
 * Whether one state stands as "N countries, X among them," before a verb, and the sentence or
 * the next names a text: "Forty-six nations, the UK among them, have committed themselves … the
 * countries put their signatures to a declaration".
 */
export function oneAmongCounted(lead: string, after: string, next: string): boolean {
  // The count ends the lead: its last words are enough, read for every state of a long list.
  const m = COUNTED_COMMA.exec(lead.slice(-120));
  const n = m?.[1] ? numberWord(m[1]) : undefined;
  if (!m || n === undefined || n < 2 || !AMONG_THEM.test(after)) return false;
  return DECLARATION_NOUN.test(after.slice(0, 160)) || DECLARATION_NOUN.test(next);
}
