import { memberGroups, membersOn } from '../resolve/group-members';
import type { Analysed } from './analysed';
import { countApposition, countedIncluding } from './count-apposition';
import { numberWord } from './counts';
import { countedPartSignal } from './counted-part';
import { dashedTitle } from './dashed-title';
import { headingAbove } from './heading-lead';
import { otherTextLead } from './other-text';
import { NEXT_SENTENCES, summitThatAdopted } from './summit-lead';
import { titledPartiesSignal } from './titled-parties';
import {
  ABBREVIATION as TITLES,
  BACKWARD_CUES,
  DECLARATION_NOUN,
  aboutText,
  FORWARD_CUES,
  LIST_HEADING,
  NEGATION,
  OTHER_WORDS,
  PARTIAL,
  PLACE_PREPOSITIONS,
  SIGNATURE_LEAD,
  VERB_CUES,
  signedOnRelations,
} from './cues';
import type { Enumeration, Member } from './enumerations';
import { isFiller } from './enumerations';
import { TAKING_INTO_ACCOUNT, agentOfOther } from './signers';
import {
  ALSO_JOINED,
  ATTENDANCE,
  CLOSING,
  EARLIER,
  NEVER_ISSUED,
  EXCEPT,
  GUESTS,
  JOINTLY_AFTER,
  MEETING_SPONSORS,
  MEMBERSHIP_LEAD,
  COMPOSED_LEAD,
  ADDRESSED_LEAD,
  OFFICE_LEAD,
  REPRESENTED,
  REMAINING_LEAD,
  SET_OUT_MEMBERS,
  SENT_ENVOYS,
  SIGNER_NOUN,
  JOINED_IN_STANCE,
  JOINED_VERB,
  LEAD_CUES,
  OBJECT_LEAD,
  VERB_LEAD_CUES,
  STANCE_AFTER,
  STAYED_OUT_LEAD,
  BESIDES as BESIDES_WORDS,
  WE_OPENING,
  OWN_STATEMENTS_AFTER,
} from './list-cues';

/** What the whole text tells the scoring of its lists. */
export type ListContext = {
  /** The plain text and its sentences (all of them, not only the story's). */
  text: string;
  analysed: Analysed[];
  /** Line index of the headline, -1 when none. */
  headline: number;
  /** Line index of the story's first paragraph, -1 when none. */
  opening: number;
  /** Line indexes of "Related", "Read more" and similar page furniture. */
  furniture: number[];
  /** Every number of signers the text states ("on behalf of 37 countries"). */
  counts: number[];
  /** The one state a national statement's heading names as its author. */
  author: string | null;
};

/** An enumeration with the evidence for and against its being a list of signers. */
export type ScoredList = {
  list: Enumeration;
  score: number;
  reasons: string[];
  accepted: boolean;
  /** Named as attending a meeting ("Taking part were"), where members and guests both stand. */
  attendance: boolean;
  /** Only some of the signers: "including A and B", "A, B and others". */
  partial: boolean;
  /** A group's membership the text sets out: "the GCC, which brings together A, B and C". */
  membership?: boolean;
  /** Each named with whom it sent: "Vanuatu sent its Deputy Prime Minister, and Australia its". */
  represented?: boolean;
};

// "Xi met reporters together with Kazakh President …, … and Uzbek President …" beside "the six
// countries jointly signed": one named, and those he stands with.
const PERSON_TOGETHER_WITH_LEAD =
  /(?:^|[\s,])\p{Lu}[\p{L}'’-]+\s+(?:[^.;:,]{0,40}?\s)?(?:together|along)\s+with\s*$/u;

// A count the list falls short of by a name or two, of at least 90%: a name the page misspelt.
const nearCount = (states: number, counts: number[]) =>
  counts.some((n) => n > states && n - states <= 2 && states >= 0.9 * n);

// ", which walked out of the forum a year ago,": what a relative clause says of a state is no
// time of the text.
const ASIDE = /,\s*(?:which|who|whose|qui|который|которая|которые)\s[^,;.]*(?:,|$)/giu;
const withoutAsides = (text: string) => text.replace(ASIDE, ',');

/** The score from which a list is taken as the signers. */
export const ACCEPT = 3;
const ONE_OF_SCORE = 4;
/** A representation list: the meeting's participants, one after another. */
const REPRESENTED_SCORE = 3;

const PLAIN_CUES = [...FORWARD_CUES, ...LEAD_CUES];
const CUES = [...PLAIN_CUES, ...VERB_CUES, ...VERB_LEAD_CUES];
const BETWEEN = new Set(['between', 'among', 'amongst', 'with', 'между', 'entre', 'zwischen']);
const ARTICLE = /^(?:the|la|le|les|el|los|las|der|die|das|den|l['’])$/iu;
// Auxiliaries, and the day a verb gives: "A, B and C on Tuesday issued".
const AUXILIARY =
  /^[\s,]*(?:(?:and|y|et|e|und)\s+(?:others|otros|autres|outros|altri|andere|some|several|algunos|alguns|plusieurs|varios|vários)(?:\s+(?:of|from|de|del|des|da|do|aus)(?:\s+(?:the|la|el|a|der|l['’])|\s+\p{Lu}[\p{L}-]*)+)?[\s,]+)?(?:l['’])?(?:(?:have|has|had|also|jointly|today|all|both|together|formally|hereby|и|также|ont|a|han|ha|haben|hat|on|sí|lo|la|los|las|le|les|o|os|as|late|early|this|last|week|\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\s+)*(?:(?:have\s+|has\s+)?(?:confirmed|said|announced|stated)\s+(?:that\s+)?(?:they|it)\s+(?:(?:have|has|had)\s+)?)?$/iu;
// "los gobiernos de Argentina, Bolivia, Ecuador y México exhortamos": a verb in the first person
// plural right after the list (Spanish and Portuguese -amos/-emos/-imos, Italian -iamo).
const FIRST_PERSON_AFTER = /^[\s,]*(?:\p{Ll}+(?:amos|emos|imos|iamo))(?=\s+\p{Ll})/u;
// "A, B and C cut ties with Qatar, according to a joint statement": the subject of a sentence
// that a joint text reports, unless the sentence is about what was done to them.
const JOINT_REPORT =
  /(?<![\p{L}])(?:joint|common)\s+(?:statement|declaration|communiqu[eé]|letter)|(?:déclaration|communiqué|lettre)\s+(?:commune?|conjointe?)|(?:declaraci[oó]n|comunicado|carta)\s+conjunt[oa]|(?:declaração|nota|comunicado|carta)\s+conjunt[oa]|(?:dichiarazione|comunicato|nota|lettera)\s+(?:congiunt[oa]|comune)|gemeinsamen?\s+(?:Erklärung|Stellungnahme|Brief|Schreiben)|совместн\p{L}+\s+(?:заявлени|коммюнике|деклараци|письм|обращени)/iu;
// "Österreich, Bulgarien … verlangen in einem Brief von der EU-Kommission": the verb of the
// states that open the sentence, then the text they said it in.
const IN_THEIR_TEXT =
  /^[\s,]*(?:\p{L}+\s+){1,2}(?:in|im|dans|en|em|nel|в)\s+(?:a|an|their|einem|ihrem|une|leur|una|un|su|um|uma|seu|sua|una)\s+(?:(?:open|offenen|gemeinsamen)\s+)?(?:letter|statement|Brief|Schreiben|lettre|déclaration|carta|declaración|declaração|lettera|dichiarazione)(?![\p{L}])/iu;
const JOINED_BY_OTHERS =
  /^[\s,]*(?:have|has|had)\s+(?:now\s+|since\s+|also\s+)?been\s+joined\s+by(?![\p{L}])/iu;
const OTHERS_WITH =
  /(?<![\p{L}])(?:together|along)\s+with\s+[\p{L}\d-]+\s+other\s+(?:countries|states|nations)\s*[—–-]\s*$/iu;
const PASSIVE_AFTER =
  /^[\s,]*(?:were|was|are|is|have\s+been|has\s+been|had\s+been|ont\s+été|été|fueron|han\s+sido|wurden|sind|были|был[аи]?)(?![\p{L}])/iu;

// "las delegaciones de Venezuela, Bolivia y Nicaragua pidieron que la sesión no se llevara a
// cabo", "A and B objected": states against what the others did.
const OPPOSED_AFTER =
  /^[\s,]*(?:(?:have|had|also|then|all|both|también)\s+)*(?:opposed|objected|boycotted|walked\s+out|voted\s+against|asked\s+that\s+the\s+(?:session|meeting)\s+not|pidieron\s+que\s+(?:la\s+)?(?:sesión|reunión)\s+no|se\s+opusieron|votaron\s+en\s+contra|se\s+sont\s+opposés|ont\s+voté\s+contre|выступили\s+против|проголосовали\s+против|возражали|stimmten\s+dagegen)(?![\p{L}])/iu;
const OBSERVER_AFTER =
  /(?<![\p{L}])(?:as|в\s+качестве|en\s+tant\s+qu['’]|como|als)\s+(?:an?\s+)?(?:observers?|наблюдател\p{L}*|observateurs?|observadores?|Beobachter)/iu;
const PEOPLE_FROM =
  /(?<![\p{L}])(?:(?:ministers|officials|diplomats|envoys|experts|delegates|delegations|representatives|leaders|ambassadors|participants|speakers|negotiators|parliamentarians|lawmakers|partners|counterparts|colleagues|allies)\s+from(?:\s+the)?|\p{L}*(?:minister|ministerinnen|vertreter|vertreterinnen|diplomaten|botschafter)(?:\s+|\s*[–—-]\s*)aus(?:\s+de[rnm])?|(?:ministres|représentants|diplomates)\s+(?:venus\s+)?d(?:e|u|es|['’]))\s*$/iu;
// "Jean Asselborn aus Luxemburg, Alexander Schallenberg aus Österreich": a person from each state
// (case-sensitive: the names are capitalised, "aus" is not).
const PERSON_FROM = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\s+(?:aus|from)\s*$/u;
// "the common stance of our states – Ukraine, the Republic of Albania, …": the speaker's side.
const OUR_STATES =
  /(?<![\p{L}])(?:our|nos|nuestros|nossos|nostri|unsere|наши|наших)\s+(?:\p{L}+\s+)?(?:states|countries|nations|pays|[ée]tats|países|paesi|stati|Staaten|Länder|стран\p{L}*|государств\p{L}*)\s*[–—:-]\s*$/iu;
// "the countries neighbouring Afghanistan": the state the neighbours are named after. German
// "den Nachbarländern Frankreich, Polen" sets the neighbours themselves beside their noun.
const NEIGHBOURS_OF =
  /(?<![\p{L}])(?:neighbou?r(?:ing|s\s+of)|bordering|surrounding|adjacent\s+to|voisins?\s+d[eu]|limitrophes\s+d[eu]|vecinos\s+de|vizinhos\s+d[eo]|confinanti\s+con|(?:Nachbar\p{L}*|Anrainer\p{L}*)\s+von\s+|сосед\p{L}*(?:\s+с)?)\s*(?:(?:the|la|le|el|o)\s+|l['’])?$/iu;
const FOR_OFFICE =
  /(?:minister|secretary|ambassador|representative|premier|president|chancellor|affairs|state|ministre|ministro|ministra|canciller|représentante?|representante)[\p{L}\s]{0,40},\s*(?:for|pour|por)\s+(?:(?:the|la|le|el)\s+|l['’])?$/iu;

const quote = (s: string) => {
  const t = s.trim().replace(/\s+/g, ' ');
  return `'${t.length > 40 ? `${t.slice(0, 37)}…` : t}'`;
};

// The last signing cue in `lead` with nothing but filler between it and the list. A verb
// ("signed by") counts only in a sentence about a statement: "the trade agreement was signed by".
// A cue stands a few filler words (or a colon) before its list, so only the lead's tail can
// hold one: reading no further keeps a text of thousands of lists linear.
const CUE_REACH = 2_000;

// "together with the other members of the G7 Rapid Response Mechanism (RRM) (Canada, …)": the
// group's members, spelt out in brackets right after its name.
const MEMBERS_IN_BRACKETS =
  /^\s*(?:the\s+)?(?:other\s+)?(?:members|member\s+states|member\s+countries|partners)\s+of\s+(?:the\s+)?[^()]{1,80}?(?:\([^()]{1,12}\)\s*)?\(\s*$/iu;

const BESIDES_BEFORE =
  /(?<![\p{L}])außer\s+[^.;:]{1,80}?\s+auch\s+(?:die|der|den)\s+[\p{L}-]*(?:minister|vertreter|regierung|chefs|präsident)[^.;:]{0,100}$/iu;
const OFFICES_GO_ON =
  /^\s*(?:auch\s+)?(?:die|der|den)\s+[\p{L}-]*(?:minister|vertreter|regierung|chefs|präsident)/iu;
const THESE_STATES =
  /^\s*(?:these|those|ces|estos|esos|estes|esses|diese|questi)\s+(?:\d{1,3}\s+|[\p{L}-]+\s+)?(?:countries|states|nations|pays|États|países|Estados|Länder|Staaten|paesi|Stati)(?![\p{L}])/iu;
// "Als Aussenministerinnen und Aussenminister dieser fünf Staaten wissen wir …": the text's
// authors speak as the officials of the states just listed, as many as it counts.
const AS_OFFICIALS_OF_THESE =
  /^\s*(?:as|als|en\s+tant\s+que|como|in\s+qualità\s+di)\s+(?:the\s+)?[\p{L}\s-]{0,80}?(?:of\s+these|dieser|de\s+ces|de\s+estos|destes|di\s+questi)\s+(\d{1,3}|\p{L}+)\s+(?:countries|states|nations|Staaten|Länder|pays|États|países|Estados|paesi|Stati)(?![\p{L}])/iu;
const MEETING_AMONG = new RegExp(
  `${DECLARATION_NOUN.source}[^.;:]{0,60}?(?<![\\p{L}])(?:meeting|talks|consultations|dialogue|réunion|reunión|Treffen)(?![\\p{L}])[^.;:]{0,60}\\s(?:among|between|entre|zwischen)\\s+(?:the\\s+)?$`,
  'iu',
);
const SUCH_AS =
  /(?<![\p{L}])(?:such\s+as|tels?\s+que|tel(?:le)?s\s+que|como|wie|come|quali|такие\s+как|как)\s*$/iu;
const ABBREVIATION = /(?<![\p{L}])(?:bzw|usw|vgl|etc)\.\s/giu;

function adjacentCue(fullLead: string, sentence = fullLead): string | undefined {
  let best: { end: number; text: string } | undefined;
  const about = aboutText(sentence);
  const cut = fullLead.length > CUE_REACH ? fullLead.indexOf(' ', fullLead.length - CUE_REACH) : -1;
  const lead = cut < 0 ? fullLead : fullLead.slice(cut);
  // A cue may head a colon: "the following Heads of State or their representatives: …".
  const colon = lead.lastIndexOf(':');
  for (const cue of about ? CUES : PLAIN_CUES) {
    for (const m of lead.matchAll(cue)) {
      const end = m.index + m[0].length;
      const between = lead.slice(colon >= end && colon - end < 200 ? colon + 1 : end);
      const filler = isFiller(between, { maxWords: 10 }) || MEMBERS_IN_BRACKETS.test(between);
      // "bzw." (or) is no sentence's end, nor "Hon." before a minister's name.
      const rest = lead.slice(end).replace(ABBREVIATION, ' ').replace(TITLES, ' ');
      if (/[.!?]\s/.test(rest) || !filler) continue;
      if (agentOfOther(lead, m.index)) continue;
      if (!best || end > best.end) best = { end, text: m[0] };
    }
  }
  return best?.text;
}

function lastWord(lead: string): string | undefined {
  const words = lead.match(/[\p{L}'’]+/gu) ?? [];
  while (words.length > 0 && ARTICLE.test(words[words.length - 1] ?? '')) words.pop();
  return words[words.length - 1]?.toLowerCase();
}

/** The lines of the text, split once, and the line an offset is on. */
type TextLines = { lines: string[]; starts: number[] };

function textLinesOf(text: string): TextLines {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return { lines, starts };
}

function lineIndexAt(lines: TextLines, offset: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The non-empty lines above `line`, nearest first. */
function linesAbove(lines: TextLines, line: number, count: number): string[] {
  const found: string[] = [];
  for (let i = line - 1; i >= 0 && found.length < count; i--) {
    const text = lines.lines[i]?.trim() ?? '';
    if (text !== '') found.push(text);
  }
  return found;
}

type Signal = [number, string];

const INVITED_LEAD =
  /(?<![\p{L}])(?:invited|asked)\s+(?:the\s+)?(?:representatives|delegations)\s+of\s*(?:the\s+)?$/iu;
const EACH_SPOKE_LEAD =
  /(?<![\p{L}])statements\s+[^.;]{0,500}?(?:by|from)\s+the\s+representatives\s+of\s*(?:the\s+)?$/iu;

const MEMBER_STATES =
  /^(?:member\s+(?:states|countries)|États\s+membres|Estados\s+(?:miembros|membros)|Mitgliedstaaten)$/iu;
const ADDRESSED_TO =
  /(?<![\p{L}])(?:to|against|contre|contra|gegen|à|aux|a\s+los|an\s+die)\s+(?:the\s+|les\s+|los\s+|die\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;
// "Invitations … are to be extended to the King of Morocco as well as to the Presidents of":
// the office-holders a text or an invitation goes to.
const SENT_TO =
  /(?<![\p{L}])(?:extended|sent|addressed|invitations?|invited|written|wrote|forwarded|delivered)(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?:to|à|aux|a\s+los|an\s+die)\s+(?:the\s+|les\s+|los\s+|die\s+)?$/iu;
const OFFICE_CUE =
  /^(?:foreign\s+)?(?:presidents|leaders|ministers|heads\s+of\s+state|kings?|prime\s+ministers)\s+of$/iu;
const NAMELY = /^(?:namely|à\s+savoir|a\s+saber|nämlich|а\s+именно|nomeadamente|ossia|cioè)$/iu;
const NAMELY_END =
  /(?<![\p{L}])(?:namely|à\s+savoir|a\s+saber|es\s+decir|nämlich|а\s+именно|nomeadamente|ossia|cioè|ovvero|vale\s+a\s+dire)\s*:?\s*$/iu;
// Not where the states stand: "the 12 PSIDS represented at the United Nations, namely".
const GOVERNED_NAMELY =
  /(?<![\p{L}])(?<!(?:represented|accredited|present|gathered|based)\s+)(?:by|against|to|from|at|contre|contra|gegen|против)\s+(?:the\s+|les\s+|los\s+|die\s+)?(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+\s*,?\s*$/iu;

// "die Regierungschefs in Polen, Belgien …", "the governments in Paris and Berlin": office-holders
// in states, not a place.
const OFFICE_IN =
  /(?:Regierungschef(?:s|innen)?|Staatschef(?:s|innen)?|Regierungen|Staats-\s+und\s+Regierungschefs|heads\s+of\s+(?:state|government)|leaders|governments|gouvernements|dirigeants|gobiernos|líderes|governi|правительства|руководители)\s+(?:in|im|en|à|в|nel|nei)\s+(?:the\s+|der\s+|den\s+)?$/iu;

const SPEAKS_FOR =
  /(?:on\s+behalf\s+of|(?:also\s+)?speaking\s+(?:also\s+)?for|au\s+nom\s+d(?:e|u|es)|en\s+nombre\s+de|от\s+имени)\s*(?:the\s+|la\s+|les\s+|los\s+)?$/iu;

const JOINED_BEFORE = new RegExp(`(?<![\\p{L}])${JOINED_VERB}\\s+(?:the\\s+)?$`, 'iu');
const JOINED_STANCE_AFTER = new RegExp(`^[^.;]{0,60}?${JOINED_IN_STANCE}`, 'iu');

// So is a signature block's first name and office: "I firmatari sono: Alexander Van der Bellen,
// Presidente Federale della Repubblica d'Austria; …".
const PERSON_BEFORE_STATE =
  /:\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\(|(?:(?:\p{Lu}[\p{L}'’.-]*|van|von|der|den|de|da|di|du|del|dos|la|le|bin|al|el)\s+){0,5}\p{Lu}[\p{L}'’.-]*,\s+\p{L}[^,;:.()\n]{2,60})\s*$/u;

const FORMER =
  /(?<![\p{L}])(?:former|ex|ancien(?:ne)?|antiguo|antigua|expresidente|ehemalige[rn]?|früher(?:e[rn]?)?|ex-|бывш\p{L}*)[\s-]*$/iu;
const MET_WITH =
  /(?<![\p{L}])(?:met\s+with|meeting\s+with|talks\s+with|(?:negotiations|negociações|negociaciones|négociations|Verhandlungen|pourparlers)\s+(?:between|entre|with|com|con|avec|mit|zwischen)|se\s+reuni(?:eron|ó)\s+con|ont\s+rencontré|a\s+rencontré|trafen\s+sich\s+mit|traf\s+sich\s+mit|встретил\p{L}*\s+с)(?![\p{L}])[^.;]{0,120}$/iu;

const OPENING_VERB =
  /,\s+(?:\p{Ll}{3,}(?:ons|amos|emos|imos|iamo)|welcome|call|urge|condemn|express|reaffirm|stress|note|support|commend|thank|recogni[sz]e|affirm|declare|agree|commit|stehen|begrüßen|unterstützen|verurteilen|fordern|bekräftigen|rufen|erklären|betonen)(?![\p{L}])/u;

const TOGETHER_LEAD = /(?<![\p{L}])(?:together|along|jointly)\s+with(?![\p{L}])[^.;]*$/iu;
const RELEASED_AFTER =
  /^\s*\)?\s*,\s*(?:have\s+|has\s+)?(?:released|issued|signed|adopted|endorsed|put\s+out)(?![\p{L}])/iu;

// '"We are deeply worried by the current proposals," wrote Colombia, France, Britain, …': who
// wrote or said the quoted words, named right after them.
const QUOTED_BY_LEAD =
  /["”»]\s*,?\s*(?:wrote|write|said|say|stated|declared|écrivent|écrivaient|escribieron|escriben|schrieben|schreiben|scrivono|scrissero|escreveram)\s+$/iu;

// "которые … вместе с Россией, Китаем и США выступали посредниками": who mediated talks.
// "die Schlüsselrolle, die Katar gemeinsam mit Ägypten und den Vereinigten Staaten weiterhin bei
// der Vermittlung … einnimmt": partners in mediation.
const MEDIATORS_AFTER =
  /^[\s,]*(?:(?:(?:have\s+|had\s+)?(?:acted|served)\s+as|(?:выступали|выступил[аи]?|были)|(?:als)|(?:comme|como|come))\s+(?:the\s+)?(?:mediators?|посредник\p{L}*|Vermittler\p{L}*|médiateurs?|mediadores|mediatori)|(?:[^.;:]{0,30}?\s)?(?:bei\s+der\s+Vermittlung|in\s+(?:the\s+)?mediation|dans\s+la\s+médiation|en\s+la\s+mediación|na\s+mediação|nella\s+mediazione))(?![\p{L}])/iu;

// "The meeting was hosted by …, and chaired by …. Also in attendance were": the members
// besides the host and the chair, not guests.
const ALSO_ATTENDING = /^also\s+(?:in\s+attendance|present)/iu;
const HOSTED_ABOVE = /(?<![\p{L}])(?:hosted|chaired|co-?chaired|presided\s+over)\s+by(?![\p{L}])/iu;
const ATTENDING_WERE = /(?<![\p{L}])(?:attending|in\s+attendance|present)\s+were\s*:/iu;

// "con la presencia del Primer Ministro de Belice y el Vicepresidente de la República Dominicana
// en calidad de observadores": who attended as observers or guests, said after them.
const OPENS_ON_GUESTS =
  /^\s*(?:also\s+present\s+were|also\s+in\s+attendance\s+were|(?:were|was)\s+also\s+present|étaient\s+également\s+présents|étaient\s+aussi\s+présents|(?:estuvieron|asistieron)\s+también|estiveram\s+também\s+presentes|anwesend\s+waren\s+auch)(?![\p{L}])/iu;
const SAYS_COLON =
  /(?<![\p{L}])(?:подчеркивается|подчёркивается|говорится|отмечается|указывается|заявляется|stresses|reads|underlines|souligne|affirme|subraya|afirma|sublinha|betont|heißt\s+es|sottolinea)\s*:\s*$/iu;
const IN_LINE_WITH =
  /(?<![\p{L}])(?:in\s+line\s+with|in\s+keeping\s+with|consistent\s+with|echoing|en\s+línea\s+con|en\s+consonancia\s+con|en\s+ligne\s+avec|in\s+linea\s+con|im\s+Einklang\s+mit|em\s+linha\s+com)\s+[^.;:]{0,80}?(?:statements?|declarations?|positions?|calls|declaraciones|posiciones|déclarations|positions|dichiarazioni|posizioni|Erklärungen|declarações)(?![\p{L}])[^.;:]{0,100}?(?<![\p{L}])(?:from|by|of|de|del|des|du|di|dei|von|der|dos|das)\s+(?:the\s+|los\s+|les\s+|i\s+|die\s+|os\s+)?(?:governments?\s+of\s+|gobiernos\s+de\s+|gouvernements\s+d['’e]\s*|governi\s+di\s+|Regierungen\s+|governos\s+d[eoa]s?\s+)?$/iu;
const EARLIER_MEETING =
  /(?<![\p{L}])(?:following\s+up\s+on|building\s+on|further\s+to|in\s+follow-up\s+to|as\s+a\s+follow-up\s+to)\s+(?:the|a)\s+(?:\p{L}+\s+)?(?:meeting|summit|talks|conference)(?![\p{L}])[^.;:]{0,200}$/iu;
const EXCHANGES_WITH =
  /(?<![\p{L}])(?:exchanges?|talks|meet|meeting|discussions?|consultations?|dialogue)\s+[^.;:]{0,60}?\swith\s+(?:the\s+)?(?:heads\s+of\s+state(?:\s+and\s+government)?|leaders|presidents|prime\s+ministers|(?:foreign\s+)?ministers|representatives|counterparts)\s+of\s+(?:the\s+)?$/iu;
const URGED_BETWEEN =
  /(?<![\p{L}])(?:call(?:s|ed)?|ask(?:s|ed)?|urg(?:es|ed)|press(?:es|ed))\s+for\s+[^.;:]{0,60}?\s(?:between|among)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?of\s+(?:the\s+)?$/iu;

// Words right before a list that make its states others than the signers, with how far back
// they may start:
const CLAIM_ABOUT =
  /(?<![\p{L}])(?:argue|argued|claim|claimed|contend|contended|argumentan|argumentaron|argumenta|alegan|alegaron|sostienen|sostuvieron|arguent|affirment|prétendent|argumentam|alegam|behaupten|argumentieren)\s+(?:que|that|qu['’]|dass)\s+(?:(?:the|los|las|les|os|as|die)\s+)?(?:governments|gobiernos|gouvernements|governos|Regierungen|leaders|líderes|dirigeants|países|countries|pays)\s+(?:of|de|des|du|dos|das|von|der)\s*$/iu;
const NOT_SIGNERS_LEAD: [RegExp, number, number, string][] = [
  // "в совместном заявлении … подчеркивается: Украина, Грузия … должны получить": after the
  // text's verb of saying and a colon.
  [SAYS_COLON, 60, -4, 'what the text says'],
  // "in line with statements from the United Nations … and from the governments of Spain".
  [IN_LINE_WITH, 200, -4, 'whose texts the statement echoes'],
  // "following up on the meeting that Saudi Arabia hosted, …, for the foreign ministers of".
  [EARLIER_MEETING, 300, -4, 'at an earlier meeting'],
  // "We look forward to valuable exchanges at this Summit with the Heads of State … of".
  [EXCHANGES_WITH, 160, -5, 'whom the signers meet'],
  // "asked for \"appropriate dialogue\" between the leaders of Venezuela and Guyana".
  [URGED_BETWEEN, 160, -5, 'whom the text urges on'],
  // "funcionarios …, quienes argumentan que los gobiernos de Cuba, Nicaragua y Venezuela no se
  // ajustan": the subject of another's claim.
  [CLAIM_ABOUT, 80, -4, 'the subject of a claim'],
];
const HOST_WELCOMED =
  /(?<![\p{L}])(?:as\s+(?:the\s+)?host(?:\s+of\s+the\s+(?:summit|meeting|conference))?|en\s+tant\s+qu['’]hôte|como\s+anfitri[oó]n)\s*,[^.;:]{0,160}?(?:welcomed|received|a\s+accueilli|recibió)$/iu;

// "Also present were …;" or "The session was further attended by …;" then "H.E. …;" paragraphs:
// a guest list set out a paragraph each, each but the last ending on a semicolon.
function guestParagraphAbove(above: string[]): RegExpExecArray | null {
  for (const paragraph of above) {
    if (!paragraph.endsWith(';')) return null;
    const opens = OPENS_ON_GUESTS.exec(paragraph) ?? GUESTS.exec(paragraph.slice(0, 80));
    if (opens) return opens;
  }
  return null;
}

// "… as observers", "ministers from A, B … were also invited": guests, not parties; "the
// Ambassadors of A and of B in Kuala Lumpur were also present".
const AS_GUESTS_AFTER =
  /^[\s,]*(?:(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?(?:were|was)\s+also\s+(?:present|in\s+attendance)|(?:en\s+(?:su\s+)?calidad\s+de|en\s+(?:condición|carácter)\s+de|n?a\s+condição\s+de|em\s+condição\s+de|en\s+(?:sa|leur)\s+qualité\s+d['’]|en\s+qualité\s+d['’]|as|como|na\s+qualidade\s+de|in\s+qualità\s+di|в\s+качестве|als)\s+(?:observ|invit|guest|наблюдател|гост|Beobachter|Gäste|Gast)\p{L}*|(?:were|had\s+been|have\s+been|fueron|han\s+sido|habían\s+sido|étaient|ont\s+été|avaient\s+été|foram|tinham\s+sido|waren|wurden|sono\s+stati|erano\s+stati)\s+(?:also\s+|también\s+|également\s+|aussi\s+|também\s+|auch\s+|anche\s+)?(?:invited|invitad[oa]s|invitée?s|convidad[oa]s|eingeladen|invitati))(?![\p{L}])/iu;

// "The annual summits of the Bucharest Nine are normally attended by the presidents of …".
// "11 июня в мероприятиях БРИКС будут участвовать представители …": who will attend later
// events took no part in the statement the text reports.
const WILL_ATTEND =
  /(?<![\p{L}])(?:будут\s+участвовать|примут\s+участие|will\s+(?:also\s+)?(?:take\s+part|attend|participate)|participeront|prendront\s+part|participarán|asistirán|parteciperanno|participarão|werden\s+(?:auch\s+)?(?:teilnehmen|dabei\s+sein))(?![\p{L}])[^.;:]{0,80}$/iu;
const HABITUAL =
  /(?<![\p{L}])(?:normally|usually|typically|traditionally|customarily|habitually|habituellement|d['’]habitude|normalement|traditionnellement|normalmente|habitualmente|usualmente|tradicionalmente|üblicherweise|normalerweise|traditionell|di\s+solito|solitamente|обычно|как\s+правило)(?![\p{L}])[^.;:]{0,120}$/iu;

// "les trois autres membres permanents du Conseil, les États-Unis, la Chine et la Russie": the
// members beside the signers, not those the text counts as signing.
const OTHER_MEMBERS =
  /(?<![\p{L}])(?:other|autres|otros|outros|altri|anderen|übrigen)\s+(?:permanent\s+)?(?:members|membres|miembros|membros|membri|Mitglieder)(?:\s+(?:permanents|permanentes|permanenti))?(?:\s+(?:of\s+the|du|de\s+la|del|do|da|des|der|dell['’]|del)\s+\p{L}+(?:\s+(?:de\s+sécurité|de\s+Seguridad|de\s+Segurança|di\s+sicurezza))?)?\s*,?\s*(?:(?:the|les|los|las|os|as|die|i|gli)\s*)?$/iu;

// "Parmi les signataires figuraient les ministres … de pays européens, de même que ceux du
// Canada": the same office-holders of more states.
// "carried the signatures of every European Union member state, together with Iceland, …",
// "fifteen European Union members, Britain and Germany among them, together with Canada, …":
// more of the signers, set off by a comma.
const BESIDE_END =
  /,\s*(?:together\s+with|along\s+with|alongside|as\s+well\s+as|ainsi\s+que|así\s+como|junto\s+(?:con|a|com)|bem\s+como|sowie|zusammen\s+mit|nonché|insieme\s+a)\s*$/iu;
const THOSE_OF_END =
  /(?<![\p{L}])(?:as\s+well\s+as|and\s+also|de\s+même\s+que|ainsi\s+que|así\s+como|tanto\s+como|assim\s+como|bem\s+como|sowie|così\s+come|nonché)\s+(?:those|ceux|celles|los|las|os|as|die|quelli|quelle)\s+(?:of\s+the|of|du|de\s+la|de\s+l['’]|des|de|del|de\s+los|do|da|dos|von|der|di|del|della|dei)\s*$/iu;

// "The talks were facilitated by Dr. The Honourable Ralph E. Gonsalves, Prime Minister of …":
// who brought the parties together.
// "alla mediazione condotta da Stati Uniti, Qatar ed Egitto": the mediation's, by its noun.
const FACILITATED_BY =
  /(?<![\p{L}])(?:(?:were|was)\s+(?:facilitated|mediated|brokered)|(?:fueron|fue)\s+(?:facilitad|mediad)\p{L}*|(?:ont\s+été|a\s+été)\s+(?:facilitée?s?|médiée?s?))\s+(?:by|por|par)\s+[^;:]{0,300}$|(?<![\p{L}])(?:mediation|mediazione|mediación|médiation|mediação|Vermittlung)\s+(?:\p{L}+\s+){0,2}?(?:by|da|por|par|von|pelos|pelo)\s+(?:the\s+)?$/iu;

// "el presidente de Estados Unidos, Donald Trump, y el presidente ruso, Vladímir Putin, se vean
// este viernes en Alaska": who are to meet, the subject of the text, not its signers.
const MEET_LATER_AFTER =
  /^[^.;:]{0,60}?(?<![\p{L}])(?:se\s+vean|se\s+reúnan|se\s+reunirán|will\s+meet|(?:are|were)\s+(?:due|set|scheduled)\s+to\s+meet|se\s+rencontrent|se\s+rencontreront|doivent\s+se\s+rencontrer|sich\s+treffen|treffen\s+sich|si\s+incontreranno|si\s+incontrano|se\s+encontrarão|vão\s+se\s+encontrar|встретятся)(?![\p{L}])/iu;
const GATHERED_ALSO =
  /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+(?:rassemblé|réuni)|brought\s+together|gathered|reunió|congregó|reuniu|(?:ha|hanno)\s+riunito)\s[^.;:]{0,80}?(?:ainsi\s+que|as\s+well\s+as|así\s+como|bem\s+como|nonché)\s+(?:le|la|les|the|el|los|las|o|a|os|il|lo)\s+[^.;:]{0,60}$/iu;
// "Besides the two Co-Chairs, senior officials from the other members … took part": others.
const CO_CHAIRS_LEAD =
  /(?<![\p{L}])(?<!(?:besides|apart\s+from|in\s+addition\s+to|other\s+than)\s+(?:the\s+)?(?:\p{L}+\s+)?)(?:co-?chairs|co-?presidents|coprésident(?:e|s|es)|copresidentes|co-?hosts)\s*,(?!\s*(?:and|et|y|e|und)\s)\s*[^;:]{0,160}$/iu;

// "Poland and the Baltic states" beside "the four countries": a group counts as its members.
function expandedSize(list: Enumeration): number {
  return list.members.reduce((n, m) => {
    const group = m.kind === 'group' ? memberGroups().find((g) => g.id === m.ids[0]) : undefined;
    return n + (group ? membersOn(group, null).length : 1);
  }, 0);
}

function leadSignals(
  lead: string,
  context: {
    bare: boolean;
    above: string[];
    sentence: string;
    lineEnds: boolean;
    /** The rest of the list's sentence after its last name. */
    after: string;
    /** The list is a part of a counted group whose text the story reports (counted-part.ts). */
    countedPart: boolean;
  },
): Signal[] {
  const signals: Signal[] = [];
  const cue = adjacentCue(lead, context.sentence);
  const opening = WE_OPENING.exec(lead);
  // "Als Unterzeichner nannte „Politico“ die folgenden Politiker: Alexander De Croo (Belgien)":
  // the name of the first state's person, between the colon and the state, is not a word on.
  const nounTail = lead.replace(PERSON_BEFORE_STATE, ':').slice(-90);
  const signerNoun = [...nounTail.matchAll(new RegExp(SIGNER_NOUN.source, 'giu'))].pop();
  // Words from the noun to the list: a few, or more when a colon opens the list.
  const nearNoun =
    signerNoun &&
    (nounTail.slice(signerNoun.index).match(/[\p{L}\p{N}]+/gu) ?? []).length <=
      (/:\s*$/u.test(nounTail) ? 12 : 8);
  // "Opening the meeting, the co-chairs, the Honorable John F. Kerry, Secretary of State of the
  // United States, and …": who chaired the meeting whose text it is.
  if (CO_CHAIRS_LEAD.test(lead)) signals.push([3, 'the co-chairs of the meeting']);
  // "la conférence, qui a rassemblé six chefs d'Etat ainsi que le Premier ministre du Mali":
  // more of those the meeting brought together.
  if (GATHERED_ALSO.test(lead)) signals.push([2, 'also brought together by the meeting']);
  // "the attempt by the E3 countries, namely Britain, France and Germany": who a preposition
  // governs, spelled out.
  if (cue && NAMELY.test(cue) && GOVERNED_NAMELY.test(lead.slice(0, lead.lastIndexOf(cue)))) {
    return [[-4, `spells out whom ${quote(cue)} follows: governed by a preposition`]];
  }
  // "requests from the United States to OECS member states, including A, B": the members a
  // preposition's phrase names, whom others addressed.
  if (cue && MEMBER_STATES.test(cue) && ADDRESSED_TO.test(lead.slice(0, lead.lastIndexOf(cue)))) {
    return [[-4, `members ${quote(cue)} others addressed: governed by a preposition`]];
  }
  // "Caricom Heads met with the International Partners of Haiti, a group that included A, B":
  // the members of the group the signers met or negotiated with ("negociações entre Teerã e os
  // mediadores do Grupo 5+1, integrado por …").
  if (cue && OFFICE_CUE.test(cue) && SENT_TO.test(lead.slice(0, lead.lastIndexOf(cue)))) {
    return [[-4, `office-holders ${quote(cue)} a text or invitation goes to`]];
  }
  if ((MEMBERSHIP_LEAD.test(lead) || COMPOSED_LEAD.test(lead)) && MET_WITH.test(lead)) {
    signals.push([-8, 'the members of a group the signers met with']);
  }
  if (cue) signals.push([4, `follows ${quote(cue)}`]);
  else if (opening && isFiller(lead.slice(opening[0].length), { maxWords: 10 })) {
    signals.push([4, `opens ${quote(lead)}: the statement's first person`]);
  } else if (
    opening &&
    /^[^,]{0,12},/.test(lead) &&
    !/[.!?]\s/.test(lead) &&
    // "Nous, dirigeants de A, B et C, saluons le travail de nos partenaires du Qatar": after
    // the opening's verb, a list is what the signers speak of.
    !OPENING_VERB.test(lead)
  ) {
    signals.push([3, `in the opening ${quote(lead)}: the statement's first person`]);
  } else if (nearNoun && signerNoun) {
    signals.push([3, `a few words after ${quote(signerNoun[0])}`]);
  } else if (CUES.some((c) => lead.search(c) >= 0)) {
    const among = [...lead.slice(-40).matchAll(new RegExp(PARTIAL.source, 'giu'))].pop();
    // "К документу присоединились 45 стран, в том числе …, среди них Германия, Франция":
    // more of the signers the cue counts.
    if (among && isFiller(lead.slice(-40).slice(among.index + among[0].length), { maxWords: 3 })) {
      signals.push([3, `more of the signers: ${quote(among[0])} after a signing cue`]);
    } else if (SEMICOLON_PART.test(lead)) {
      signals.push([3, 'more of the signers: the next part of a list after a signing cue']);
    } else if (BESIDE_END.test(lead.slice(-30))) {
      signals.push([3, 'more of the signers: set beside others after a signing cue']);
    } else if (THOSE_OF_END.test(lead.slice(-40))) {
      signals.push([3, 'more of the signers: "as well as those of" after a signing cue']);
    } else if (NAMELY_END.test(lead.slice(-30))) {
      // "Il testo porta però anche la firma di chi quel passo lo ha già compiuto, ovvero A, B".
      signals.push([3, 'those a signing cue speaks of, named after "namely"']);
    } else signals.push([1, 'a signing cue earlier in its sentence']);
  }
  const office = !cue && !opening && OFFICE_LEAD.exec(lead.slice(-80));
  if (office && isFiller(lead.slice(lead.lastIndexOf(office[0]) + office[0].length))) {
    // "Dr Kenny Anthony, former prime minister of St Lucia": an office once held speaks for none.
    const former = FORMER.test(lead.slice(0, lead.lastIndexOf(office[0])));
    signals.push(
      former
        ? [-2, `a former office: ${quote(office[0])}`]
        : [2, `office-holders: ${quote(office[0])}`],
    );
  }
  for (const [pattern, reach, weight, why] of NOT_SIGNERS_LEAD) {
    const m = pattern.exec(lead.slice(-reach));
    if (m) return [[weight, `${why}: ${quote(m[0])}`]];
  }
  const object = [...lead.matchAll(new RegExp(OBJECT_LEAD.source, 'giu'))].pop();
  if (object && isFiller(lead.slice(object.index + object[0].length), { maxWords: 8 })) {
    // "As host of the Summit, H.E. Paul Kagame, President of Rwanda, welcomed H.E. …, President
    // of Uganda": the summit's other members.
    const host = HOST_WELCOMED.exec(
      lead.slice(0, object.index + object[0].length).replace(TITLES, ' '),
    );
    if (host) signals.push([4, `welcomed by the meeting's host: ${quote(host[0])}`]);
    // "criticised the leaders of": the cue names whom the verb is about.
    else return [[-5, `object of ${quote(object[0])}`]];
  }
  // UN meeting coverage: "the President asked the representatives of A, B … to take part in the
  // meeting", "Statements were subsequently made by the representatives of C and D": invited
  // speakers, each for itself.
  const invited = INVITED_LEAD.exec(lead.slice(-200));
  if (invited) return [[-4, `invited to the meeting: ${quote(invited[0])}`]];
  const quoted = QUOTED_BY_LEAD.exec(lead.slice(-40));
  if (quoted) signals.push([3, `the authors of the quoted text: ${quote(quoted[0].trim())}`]);
  const later = WILL_ATTEND.exec(lead.slice(-120));
  if (later) return [[-4, `who will attend later: ${quote(later[0])}`]];
  const habit = HABITUAL.exec(lead.slice(-200));
  if (habit) return [[-6, `what is done as a rule, not this time: ${quote(habit[0])}`]];
  const each = EACH_SPOKE_LEAD.exec(lead.slice(-600));
  if (each) return [[-4, `speakers each for itself: ${quote(each[0])}`]];
  const meeting = MEETING_SPONSORS.exec(lead);
  if (meeting) return [[-5, `sponsors of a meeting, not signers: ${quote(meeting[0])}`]];
  // "Also present were H.E. …, Chairperson of …; H.E. …, Special Envoy of …": a sentence that
  // opens on its guests lists them at any length.
  const guests =
    GUESTS.exec(lead.slice(-160)) ??
    OPENS_ON_GUESTS.exec(lead) ??
    guestParagraphAbove(context.above);
  // "X, together with the other members of the G7 RRM (…) and the G7 RRM associate members (A,
  // B), released the text of the statement": associates who release it with the members sign.
  const releasing = TOGETHER_LEAD.test(lead) && RELEASED_AFTER.test(context.after);
  if (guests && releasing)
    signals.push([3, 'associates who release the statement with its members']);
  // "Also present were" after "hosted by" adds to the host; after "those attending were:" the
  // members are listed already.
  else if (
    guests &&
    !(
      ALSO_ATTENDING.test(guests[0]) &&
      HOSTED_ABOVE.test(context.above[0] ?? '') &&
      !ATTENDING_WERE.test(context.above[0] ?? '')
    )
  )
    signals.push([-4, `guests or observers: ${quote(guests[0])}`]);
  const mediators = MEDIATORS_AFTER.exec(context.after) ?? FACILITATED_BY.exec(lead);
  if (mediators) return [[-5, `mediators, not signers: ${quote(mediators[0].trim())}`]];
  const toMeet = MEET_LATER_AFTER.exec(context.after);
  if (toMeet) return [[-4, `who are to meet: ${quote(toMeet[0].trim())}`]];
  else {
    const observers = AS_GUESTS_AFTER.exec(context.after);
    if (observers) signals.push([-4, `guests or observers: ${quote(observers[0].trim())}`]);
  }
  const except = [...lead.matchAll(new RegExp(EXCEPT.source, 'giu'))].pop();
  if (except && isFiller(lead.slice(except.index + except[0].length), { maxWords: 6 })) {
    // "beteiligten sich außer Kanada und Deutschland die Außenminister … von A, B": besides.
    if (!(/^außer$/iu.test(except[0]) && OFFICES_GO_ON.test(context.after)))
      return [[-6, `after ${quote(except[0])}: left out`]];
    signals.push([3, `besides the office-holders named next: ${quote(except[0])}`]);
  } else if (BESIDES_BEFORE.test(lead)) {
    // "… außer Kanada und Deutschland auch die Außenminister – oder deren Vertreter – aus A, B":
    // the office-holders named besides those.
    signals.push([3, 'office-holders named besides "außer …"']);
  }
  if (NEIGHBOURS_OF.test(lead)) return [[-5, 'neighbours of a state: a subject']];
  const other = otherTextLead(lead);
  if (other && cue) {
    return [[-6, `authors of a text the statement refers to (${quote(other)})`]];
  }
  if (ALSO_JOINED.test(lead)) signals.push([2, 'joined besides the first signers']);
  const more = MORE_PARTICIPANTS.exec(lead);
  if (more && CUES.some((c) => lead.slice(0, more.index).search(c) >= 0)) {
    signals.push([3, `more of those the cue names: ${quote(more[0])}`]);
  }
  if (OUR_STATES.test(lead)) signals.push([3, "the speaker's own states"]);
  // "For the Kingdom of Spain" over a signer's name: a signature block, not a place.
  if (SIGNATURE_LEAD.test(lead) && context.lineEnds) {
    signals.push([4, 'a signature block: "For …" a line each']);
    return signals;
  }
  // "H.E. Mr. …, Minister of Foreign Affairs, for France": an office-holder speaking for a state.
  if (FOR_OFFICE.test(lead.slice(-120))) {
    if (!office) signals.push([2, 'office-holders: "…, Minister …, for"']);
    return signals;
  }
  const word = lastWord(lead);
  const together = /(?:together|along|jointly)\s+with\s*$/iu.test(lead.trim() + ' ');
  // "officials from A, B and C": people from states, no place; their role is for other words.
  const people = PEOPLE_FROM.test(lead) || OFFICE_IN.test(lead) || PERSON_FROM.test(lead);
  // "signed the Declaration on the Partnership between A and B": the parties, not a place.
  // "Joint Statement of Trilateral Meeting on Security Among The Philippines, Indonesia, and
  // Malaysia": the meeting's parties.
  const parties = BETWEEN.has(word ?? '') && (signedOnRelations(lead) || MEETING_AMONG.test(lead));
  if (
    !cue &&
    word &&
    (PLACE_PREPOSITIONS.has(word) || BETWEEN.has(word)) &&
    !together &&
    !people &&
    !parties &&
    !context.countedPart
  ) {
    signals.push([-4, `after ${quote(word)}: a place or a subject`]);
  }
  if (context.bare) {
    const [previous = ''] = context.above;
    if (STAYED_OUT_LEAD.test(previous)) {
      signals.push([-8, `under words that say they stayed out: ${quote(previous)}`]);
    } else if (context.above.some((l) => CLOSING.test(l))) {
      signals.push([4, 'a bare list after the closing "Thank you"']);
    } else if (LIST_HEADING.test(previous) || (/:$/.test(previous) && adjacentCue(previous))) {
      signals.push([4, `under ${quote(previous)}`]);
    } else if (/:$/.test(previous)) {
      signals.push([1, `under ${quote(previous)}`]);
    }
  }
  return signals;
}

// What may end a bare list: its stop, or the mark of a list cut short ("…, Nepal, […]").
const BARE_END = /^[\s.;,]*(?:\[(?:…|\.\.\.)\]|…|\.\.\.|etc\.?)?[\s.;,]*$/u;

// "Assinaram o comunicado A, B e C; os centro-americanos D e E; e os caribenhos F": the parts of
// one list, each after a semicolon, perhaps with a word for its region.
const SEMICOLON_PART =
  /;\s*(?:(?:and|e|y|et|und|и)\s+)?(?:(?:the|os|as|los|las|les|die|i|gli)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

// "Таким образом, наряду с самой Россией соавторами … выступили": after a connective too.
const BESIDES = new RegExp(
  `^\\s*(?:(?:таким\\s+образом|кроме\\s+того|thus|moreover|ainsi|así|assim|così|somit)\\s*,\\s*)?${BESIDES_WORDS}(?:\\s+(?:самой|самого|самим|самих))?\\s*(?:(?:the|la|le|les|el|los|las|die|der|den|il|lo|i|gli|o|a|os|as|l['’])\\s*)?$`,
  'iu',
);

const PARTNERS_LEAD =
  /(?<![\p{L}])(?:together\s+with|along\s+with|zusammen\s+mit|gemeinsam\s+mit|junto\s+(?:con|a|com)|avec|insieme\s+a|вместе\s+с)\s+(?:(?:the|den|dem|der|les|los|las|os|as|i|gli)\s+)?$/iu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
const latestYear = (text: string) =>
  [...text.matchAll(YEAR)].reduce((latest, m) => Math.max(latest, Number(m[0])), 0);
const YEAR_AFTER = /^[^.;:]{0,40}?(?<!\d)((?:19|20)\d\d)(?!\d)/u;

// Where the signers met, between them and their verb: "A, B and C, reunidos en Santiago, firmaron".
const GATHERED =
  /^\s*,\s*(?:meeting|gathered|assembled|reunid[oa]s|congregad[oa]s|réunie?s|rassemblée?s|versammelt|собравшиеся)\s+(?:in|at|en|à|в)\s+[^,.;:]{1,40},/iu;

const GROUP_CHAIRS_AFTER =
  /^\s*(?:(?:currently|jointly|also)\s+)?(?:co-?chair(?:s|ed)?|chair(?:s|ed)?|co-?lead(?:s)?|coprésident\p{L}*|copresiden\p{L}*)\s+(?:the|this|our|le|el|ce)\s+(?:(?:core|informal)\s+)?(?:group|coalition|alliance|groupe|grupo)(?![\p{L}])/iu;

// Who joined them, between the signers and their verb: "Danimarca e Italia, assieme ad altri paesi
// (Austria, Belgio …), hanno sottoscritto una lettera".
const TOGETHER_WITH =
  /^\s*,\s*(?:together\s+with|along\s+with|assieme\s+ad?|insieme\s+ad?|junto\s+(?:a|con|com)|avec|aux\s+côtés\s+d['’e]|zusammen\s+mit|gemeinsam\s+mit|вместе\s+с)\s+[^,.;:()]{1,40}(?:\s*\([^()]{1,300}\))?\s*,/iu;

// "reuniu os presidentes do Congo, … e da RCA, …, além de representantes do Conselho Soberano
// de Transição do Sudão, da República Democrática do Congo e dos Camarões": more participants,
// after the cue's own list.
const MORE_PARTICIPANTS =
  /(?<![\p{L}])(?:além|además|as\s+well\s+as|besides|en\s+plus|ainsi\s+que)\s+(?:de\s+|d[eoa]s?\s+)?(?:(?:os|las|los|les|the)\s+)?(?:representantes|representatives|représentants|delegações|delegaciones|délégations|delegations|enviados|envoys)\s+(?:[^,.;:]{0,60}?\s)?(?:d[oa]s?|de|del|des|du|of(?:\s+the)?)\s*$/iu;

// "the foreign ministers of Russia, China and Iran and Pakistan's minister of state": the last
// state's own office-holder, one of the list.
const OFFICE_OWNED =
  /^['’]s?\s+(?:(?:top|chief|deputy|vice|prime|foreign|permanent|acting|junior)\s+){0,2}(?:minister|president|premier|ambassador|envoy|representative|delegat|secretary|diplomat|leader|chancellor|head\s+of)/iu;

// "Montenegro*, Albania*, … and Georgia declare that they align themselves with this Council
// Decision": the countries that join an EU declaration.
const ALIGN_AFTER =
  /^[\s,*]*(?:(?:declare[ds]?|have\s+declared)\s+that\s+they\s+)?(?:also\s+)?align(?:ed|s)?\s+themselves\s+with|^[\s,*]*(?:déclarent\s+qu['’]ils\s+)?s['’]alignent\s+sur/iu;

/** The reason a list gets for "had issued": an act before the one the story reports. */
export const EARLIER_ACT = 'done before the act reported';
const PLUPERFECT = /(?<![\p{L}])had(?![\p{L}])(?!\s+been)/iu;

// "Nine of the signatories … expressed …, Australia, Canada and New Zealand among them".
const AMONG_THEM_AFTER = /^\s*(?:were\s+|are\s+)?among\s+them(?![\p{L}])/iu;
const SIGNERS_WORD =
  /(?<![\p{L}])(?:signatories|signers|co-?signatories|co-?sponsors)(?![\p{L}])/iu;

// "Le Luxembourg, la France, le Royaume-Uni et 23 autres signataires réclament …", "Italia,
// Danimarca e altri 7 Paesi Ue chiedono": the named
// signers and the count of the others, the subject of what they say.
const AND_OTHERS_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:and|et|y|e|und|ed|и)\\s+(?:(\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)\\s+(?:${OTHER_WORDS}|andere|други[ех])|(?:${OTHER_WORDS})\\s+(\\d{1,3}|\\p{L}+))\\s+(?:countries|states|nations|signatories|governments|pays|États|signataires|gouvernements|países|Estados|firmantes|gobiernos|signatários|governos|paesi|Stati|firmatari|governi|Länder|Staaten|Unterzeichner|стран\\p{L}*|государств\\p{L}*)(?![\\p{L}])`,
  'iu',
);

function afterSignals(text: string, sentence: string): Signal[] {
  const signals: Signal[] = [];
  const others = AND_OTHERS_AFTER.exec(text);
  const count = others?.[1] ?? others?.[2];
  const counted = count !== undefined && numberWord(count) !== undefined;
  if (others && counted) signals.push([3, `named with ${quote(others[0].trim())}`]);
  const after = (others && counted ? text.slice(others[0].length) : text)
    .replace(GATHERED, ' ')
    .replace(TOGETHER_WITH, ' ');
  const about = aboutText(sentence);
  if (/^['’]s?(?![\p{L}])/u.test(after) && !OFFICE_OWNED.test(after)) {
    signals.push([-4, "a possessive: the states' own"]);
  }
  if (OBSERVER_AFTER.test(after.slice(0, 80))) signals.push([-5, 'joined as observers']);
  const opposed = OPPOSED_AFTER.exec(after);
  if (opposed) return [[-5, `opposed: ${quote(opposed[0])}`]];
  const own = OWN_STATEMENTS_AFTER.exec(after);
  if (own) return [[-10, `each its own statement: ${quote(own[0].trim())}`]];
  const aligned = ALIGN_AFTER.exec(after);
  if (aligned) return [[4, `align themselves with it: ${quote(aligned[0].trim())}`]];
  if (AMONG_THEM_AFTER.test(after) && SIGNERS_WORD.test(sentence)) {
    return [[4, 'some of the signers its sentence counts ("…, A and B among them")']];
  }
  if (ALSO_JOINED.test(after.slice(0, 60))) signals.push([2, 'joined besides the first signers']);
  // "Austria, Italy, … have been joined by Bulgaria, …, which added their names to the letter".
  if (about && JOINED_BY_OTHERS.test(after)) return [[4, 'the first signers, whom others joined']];
  for (const cue of BACKWARD_CUES) {
    const m = new RegExp(cue.source, 'iu').exec(after);
    if (!m || !AUXILIARY.test(after.slice(0, m.index))) continue;
    if (NEGATION.test(after.slice(0, m.index + m[0].length))) continue;
    // "On July 10, 22 countries, among them …, had issued a statement": an act before the one
    // the story reports.
    if (PLUPERFECT.test(after.slice(0, m.index + m[0].length))) {
      signals.push([1, `${EARLIER_ACT}: ${quote(after.slice(0, m.index + m[0].length).trim())}`]);
      return signals;
    }
    // "Cuba and Bolivia backed the results": a verb of signing about something else.
    signals.push(about ? [4, `followed by ${quote(m[0])}`] : [1, `followed by ${quote(m[0])}`]);
    return signals;
  }
  // "Argentina and the Netherlands co-chair the group, and its membership comprises …": the
  // chairs of the group a statement speaks for are its members.
  const chairs = GROUP_CHAIRS_AFTER.exec(after);
  if (chairs) {
    signals.push([3, `chairs of the group: ${quote(chairs[0].trim())}`]);
    return signals;
  }
  const we = FIRST_PERSON_AFTER.exec(after);
  if (we) {
    signals.push([4, `the statement's first person: ${quote(we[0].replace(/^[\s,]+/, ''))}`]);
    return signals;
  }
  const jointly = JOINTLY_AFTER.exec(after);
  if (jointly) {
    signals.push([4, `acting together: ${quote(jointly[0].replace(/^[\s,]+/, ''))}`]);
    return signals;
  }
  // "Индия и Пакистан были представлены своими министрами": represented at the meeting.
  const represented = REPRESENTED.exec(after) ?? SENT_ENVOYS.exec(after);
  if (represented) {
    signals.push([3, `represented: ${quote(represented[0])}`]);
    return signals;
  }
  const stance = STANCE_AFTER.exec(after);
  // "Israel and U.S. reject the criticism": those who answer a statement did not sign it.
  if (stance && REJECTS_TEXT.test(after.slice(stance[0].length))) {
    signals.push([-3, `rejects a text: ${quote(after.trim().slice(0, 60))}`]);
  } else if (stance) signals.push([2, `subject of ${quote(stance[0].replace(/^[\s,]+/, ''))}`]);
  return signals;
}

// A text that says its signers sign below it.
const SIGNERS_BELOW =
  /(?<![\p{L}])(?:(?:que\s+)?firman\s+al\s+pie|abajo\s+firmantes|the\s+undersigned|(?:signed|listed)\s+below|(?:les\s+)?soussignés|signataires\s+ci-dessous|(?:die\s+)?unterzeichnenden|abaixo\s+assinad[oa]s|que\s+assinam\s+(?:abaixo|ao\s+pé)|sottoscritti|нижеподписавш\p{L}*)(?![\p{L}])/iu;

// "Japan, U.S. and South Korea say …": in a headline over their joint statement, saying is it.
const HEADLINE_SAY =
  /^[\s,]*(?:say|says|said|sagen|disent|dicen|dizem|dicono|заявляют)(?![\p{L}])/iu;

function jointReportSignal(lead: string, after: string): Signal[] {
  const opens = isFiller(lead.replace(/^[^–—-]{0,80}\([^()]{1,40}\)\s*[–—-]\s*/u, ''), {
    maxWords: 2,
  });
  // "«Chiediamo a Kosovo e Serbia di …», si legge in una nota comune": whom the text addresses.
  const addressed = ADDRESSED_LEAD.test(lead);
  if (!opens || addressed || PASSIVE_AFTER.test(after)) return [];
  if (!JOINT_REPORT.test(after) && !IN_THEIR_TEXT.test(after)) return [];
  return [[3, 'opens a sentence a joint statement reports']];
}

const REJECTS_TEXT =
  /^\s*(?:the|this|that|these|its|their)\s+(?:\p{L}+\s+)?(?:criticism|statement|declaration|letter|call|appeal|accusations?|claims?|remarks|charges?|allegations?|demands?)(?![\p{L}])/iu;

// Two names count as the two parties only when "and" joins them ("Minister Mensah of Ghana and
// Minister Traoré of Burkina Faso"): "da Ucrânia pela Rússia" is a victim and an aggressor.
const PAIR_AND = /(?<![\p{L}])(?:and|et|y|e|und|и|ed)(?![\p{L}])/iu;

// Or when each is an office-holder's state: "…, Président de la République Islamique de
// Mauritanie, Son Excellence Monsieur Macky SALL, Président de la République du Sénégal".
function pairJoined(list: Enumeration, text: string, lead: string): boolean {
  const [first, second] = list.members;
  if (first === undefined || second === undefined) return false;
  const between = text.slice(first.end, second.start);
  const offices = [lead, between].every((t) => OFFICE_LEAD.test(t.slice(-80)));
  return PAIR_AND.test(between) || offices;
}

// A line that opens with a person's name and an open parenthesis, the state next.
const PERSON_LINE = /(?:^|\n)[\s\-*•\u2022\u2013]*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\($/u;

const BEARS_OR_SIGNED = /(?<![\p{L}])(?:signed|endorsed|signatures?)(?![\p{L}])/iu;

const BACKED_STATE =
  /(?<![\p{L}])(?:поддержал[аи]?|supported|backed|sided\s+with|respaldaron|apoyaron|soutenu|unterstützten)(?![\p{L}])/iu;
const MET_AFTER =
  /^(?:(?!\n\s*\n)[\s\S]){0,400}?(?<![\p{L}])(?:came\s+together|met|gathered|convened|se\s+sont\s+réunis|se\s+reunieron|se\s+reuniram|si\s+sono\s+riuniti|trafen\s+sich)(?![\p{L}])/iu;

// "Россия, Украина, ООН, Марьяна Беца, США, Европейский союз" as the page's last line: names
// joined by commas alone, some of them no state or group.
function tagLine(list: Enumeration, text: string): boolean {
  const start = text.lastIndexOf('\n', list.start) + 1;
  const end = text.indexOf('\n', list.end);
  if (end >= 0 && text.slice(end).trim() !== '') return false;
  const line = text.slice(start, end < 0 ? undefined : end);
  const named = line.split(',').filter((part) => /\p{Lu}/u.test(part)).length;
  return !PAIR_AND.test(line) && named > list.members.length;
}

type OneContext = ListContext & { lines: TextLines; headlineSentence: Analysed | undefined };

function scoreOne(list: Enumeration, context: OneContext): ScoredList {
  const [first] = list.members;
  const last = list.members[list.members.length - 1];
  const own = first && context.analysed[first.sentence];
  const end = last && context.analysed[last.sentence];
  if (!first || !last || !own || !end) {
    return { list, score: 0, reasons: [], accepted: false, attendance: false, partial: false };
  }
  const lead = own.sentence.text.slice(0, first.start - own.sentence.start);
  const after = end.sentence.text.slice(last.end - end.sentence.start);
  const line = lineIndexAt(context.lines, list.start);
  const before = context.text.slice(Math.max(0, list.start - 200), list.start);
  // "Mauricio Macri (Argentina);" a line each: a person, the state in parentheses, read as bare.
  const personLines =
    PERSON_LINE.test(before) && /^\)[\s.;,]*$/u.test(after) && PERSON_LINE.test(`\n${lead}`);
  const bareLead = /^[\s\-*•\u2022\u2013\d.)(]*$/u.test(lead) || personLines;
  const bare =
    personLines ||
    (bareLead && BARE_END.test(after) && /(?:^|\n)[\s\-*•\u2022\u2013\d.)(]*$/u.test(before));
  const above = linesAbove(context.lines, line, 3);
  const part = countedPartSignal(lead, after, {
    analysed: context.analysed,
    sentence: first.sentence,
    size: list.members.length,
  });
  const reasons: Signal[] = [
    ...leadSignals(bareLead ? lead : headingAbove(context.text, own.sentence.start) + lead, {
      bare,
      above,
      sentence: own.sentence.text,
      // The first name ends its line, as in a signature block.
      lineEnds: /^[\s.,:;]*(?:\n|$)/u.test(context.text.slice(first.end, first.end + 40)),
      after,
      countedPart: part !== undefined,
    }),
    ...afterSignals(after, end.sentence.text),
    ...(part ? [part] : []),
  ];
  // "Oltre a Gran Bretagna e Canada, vi figurano …": besides the signers its sentence names next.
  // "Além do Brasil e da China, dez países …, entre eles …, assinaram um comunicado": or before
  // its verb.
  const cuedAfter =
    FORWARD_CUES.some((c) => after.search(c) >= 0) ||
    (BACKWARD_CUES.some((c) => after.search(c) >= 0) && DECLARATION_NOUN.test(own.sentence.text));
  // "haben unsere Staaten zusammen mit den Vereinigten Staaten, Russland und China 2013 … den
  // ersten Gemeinsamen Aktionsplan … vereinbart": partners in an act of a year before the text's.
  const year = PARTNERS_LEAD.test(lead.slice(-30)) ? YEAR_AFTER.exec(after)?.[1] : undefined;
  if (year !== undefined && Number(year) < latestYear(context.text)) {
    reasons.push([-8, `partners in an earlier act, of ${year}`]);
  }
  if (BESIDES.test(lead) && cuedAfter) {
    reasons.push([4, 'besides the signers its sentence names after a cue']);
  }
  if (!reasons.some(([w]) => w >= 3)) reasons.push(...jointReportSignal(lead, after));
  // "Britain joined France and Germany on Monday in urging Iran to …": those it joined.
  if (JOINED_BEFORE.test(lead) && JOINED_STANCE_AFTER.test(after)) {
    reasons.push([4, 'joined by another state in a stance ("joined … in calling")']);
  }
  // "le Groupe des 5 (Égypte, Qatar, …), réuni lundi à Doha, s'est dit inquiet", in a sentence on
  // its communiqué: a group, its members in brackets, speaks as one.
  const [, second] = list.members;
  if (
    first.kind !== 'state' &&
    second &&
    /^\s*\(\s*$/u.test(context.text.slice(first.end, second.start)) &&
    DECLARATION_NOUN.test(own.sentence.text) &&
    !reasons.some(([w]) => w >= 3 || w <= -3)
  ) {
    reasons.push([3, `a group and its members in brackets, in a sentence on its statement`]);
  }
  // "UK, France and Canada warn Israel …" over a story of their joint statement, or opening
  // its first paragraph ("Saudi Arabia, the United States, … and Egypt on Friday urged …").
  if (
    (line === context.headline || line === context.opening) &&
    isFiller(lead, { maxWords: 2 }) &&
    (STANCE_AFTER.test(after) || HEADLINE_SAY.test(after)) &&
    JOINT_REPORT.test(context.text.slice(list.end, list.end + 1_500)) &&
    !reasons.some(([w]) => w >= 3)
  ) {
    const where =
      line === context.headline ? "the headline's subject" : "the story's first subject";
    reasons.push([3, `${where}, over the joint statement the story reports`]);
  }
  // A list that opens its line continues a cue the line above ends with ("… on behalf of\n").
  const opensLine = /(?:^|\n)[\s\-*•\u2022\u2013\d.)(]*$/u.test(
    context.text.slice(Math.max(0, list.start - 200), list.start),
  );
  // Or a leader's title opens it, under the leader's name: "His Highness Sheikh …\n Emir of the
  // State of Kuwait" below "… in the presence of their Majesties and Highnesses:".
  const lineLead = context.text
    .slice(Math.max(0, list.start - 200), list.start)
    .split('\n')
    .pop();
  const titled = !bareLead && lineLead !== undefined && isFiller(lineLead, { maxWords: 10 });
  if (((bareLead && opensLine) || titled) && !reasons.some(([w]) => w >= 4)) {
    const [near = '', next = ''] = above;
    const nearCue = adjacentCue(near);
    const cue = nearCue ?? (titled && isFiller(near) ? adjacentCue(next) : undefined);
    const cueLine = nearCue ? near : next;
    // Not when the line above names its own after the cue: "… on behalf of: A, B, C", "Egypt
    // (on behalf of: Arab Group)".
    const rest = cue === undefined ? '' : cueLine.slice(cueLine.lastIndexOf(cue) + cue.length);
    const ownList = /,[^,]*,/u.test(rest) || /\p{Lu}[^()]*\)\s*$/u.test(rest);
    if (cue && !ownList && !bare) reasons.push([4, `follows ${quote(cue)} on the line above`]);
  }
  if (bare && !reasons.some(([w]) => w >= 4)) {
    reasons.push([1, 'a line of names only']);
    // Bullets under a paragraph about signers: "…the founding endorsers. Other states may join."
    const [previous = ''] = above;
    const speaks =
      SIGNER_NOUN.test(previous) ||
      [...CUES, ...BACKWARD_CUES].some((c) => new RegExp(c.source, 'iu').test(previous));
    if (speaks && !reasons.some(([w]) => w >= 3)) {
      reasons.push([2, `below a paragraph about signers: ${quote(previous)}`]);
    }
    if (list.members.length >= 8)
      reasons.push([1, `a long list of ${list.members.length} set out on its own`]);
  }
  if (bare && tagLine(list, context.text)) reasons.push([-6, 'the tags that close the page']);
  // "Россию, которая вынесла … тему, поддержали три государства — Китай, Боливия и Казахстан":
  // backers of the state the sentence opens on, not of a text.
  const [opener] = own.items;
  if (
    opener?.kind === 'state' &&
    opener.start < first.start - own.sentence.start &&
    /^\s*$/u.test(own.sentence.text.slice(0, opener.start)) &&
    BACKED_STATE.test(lead) &&
    !DECLARATION_NOUN.test(lead)
  ) {
    reasons.push([-5, `backers of ${quote(opener.text)}, not of a text`]);
  }
  // "1. The Minister for Foreign Affairs of the Republic of Indonesia, …; the Minister of Foreign
  // Affairs of Malaysia, … came together in Yogyakarta": the office-holders who met, opening a
  // text whose title is a statement.
  if (
    line === context.opening &&
    reasons.some(([w, why]) => w === 2 && why.startsWith('office-holders:')) &&
    // Its sentence may stop early, at a name's abbreviation ("Mohd. Zin").
    MET_AFTER.test(context.text.slice(list.end, list.end + 400)) &&
    DECLARATION_NOUN.test(context.headlineSentence?.sentence.text ?? '')
  ) {
    reasons.push([2, 'office-holders who met, opening the statement']);
  }
  // "It bears the signatures of the ambassadors of 22 countries. Australia, Canada and Japan were
  // among them": some of the signers the sentence before counts.
  const previous = context.analysed[first.sentence - 1]?.sentence.text ?? '';
  if (
    AMONG_THEM_AFTER.test(after) &&
    (SIGNER_NOUN.test(previous) || BEARS_OR_SIGNED.test(previous)) &&
    !reasons.some(([w]) => w >= 3)
  ) {
    reasons.push([4, 'among the signers the sentence before counts']);
  }
  // "Los Cancilleres de los países que firman al pie …" and a signature block at the end.
  const below = SIGNERS_BELOW.exec(context.text.slice(0, list.start));
  if (below && context.text.slice(list.start, list.end).includes('\n')) {
    reasons.push([3, `set out below a text that says its signers are: ${quote(below[0])}`]);
  }
  const states = new Set(list.members.flatMap((m) => (m.kind === 'state' ? m.ids : []))).size;
  const size = states + list.members.filter((m) => m.kind !== 'state').length;
  const next = context.analysed
    .slice(last.sentence + 1, last.sentence + 1 + NEXT_SENTENCES)
    .map((a) => a.sentence.text);
  const summit = summitThatAdopted(lead, { own: end.sentence.text, next });
  if (summit && !reasons.some(([w]) => w >= 4)) reasons.push(summit);
  const title = dashedTitle(lead, list, context.text);
  if (title) reasons.push(title);
  const headline = context.headlineSentence;
  const parties = titledPartiesSignal(list, headline, context.analysed);
  if (parties && !reasons.some(([w]) => w >= 3)) reasons.push(parties);
  // "Ces pays, emmenés par la France, sont … (Bulgarie, Croatie …), ainsi que la Finlande": the
  // states the text counted as signers, named in a sentence of their own.
  const these = THESE_STATES.exec(lead);
  const counted = context.counts.some((n) => n >= states && n <= states + 2);
  if (these && counted && !reasons.some(([w]) => w >= 3)) {
    reasons.push([3, `the counted signers, named: ${quote(these[0].trim())}`]);
  }
  const officials = next.map((text) => AS_OFFICIALS_OF_THESE.exec(text)).find(Boolean);
  if (officials && numberWord(officials[1] ?? '') === states) {
    reasons.push([
      4,
      `the text's authors, officials of these states: ${quote(officials[0].trim())}`,
    ]);
  }
  // "принимая во внимание неоднократно звучавшие заявления США и Европейского союза": whose
  // texts the statement weighs, whatever cue follows.
  const weighed = TAKING_INTO_ACCOUNT.exec(lead.slice(-120));
  if (weighed) reasons.push([-4, `texts the statement weighs: ${quote(weighed[0].trim())}`]);
  // "Les pays restants, le Cameroun, …": the rest of the members the text counts.
  const remaining = REMAINING_LEAD.exec(lead);
  if (remaining) reasons.push([2, `the rest of the members: ${quote(remaining[0].trim())}`]);
  // "eight countries - Russia, China, … - sent representatives to the parade" beside a statement
  // of twelve: a counted group, but not the signers the text counts.
  // "The 28 member states …, together with eight other countries - A, … and H - voiced": others
  // counted beside the signers, a part of the count.
  const otherCount =
    context.counts.length > 0 && !context.counts.includes(states) && !OTHERS_WITH.test(lead);
  const apposition =
    (otherCount ? undefined : countApposition(lead, states)) ??
    countedIncluding(lead, states, {
      after,
      next: context.text.slice(end.sentence.end, end.sentence.end + 120),
      counts: context.counts,
    });
  const named = [size, states, expandedSize(list)].find((n) => context.counts.includes(n));
  if (apposition) reasons.push(apposition);
  else if (
    named !== undefined &&
    (list.members.length !== 2 || pairJoined(list, context.text, lead)) &&
    // "Malta, together with eastern members such as Bulgaria, …": examples, not the counted.
    !SUCH_AS.test(lead) &&
    !OTHER_MEMBERS.test(lead)
  ) {
    reasons.push([3, `${named} names, as many as the text counts`]);
  } else if (named === undefined && states >= 10 && nearCount(states, context.counts)) {
    // "en nombre de 68 países" over 67 names: a long list a name or two short of its count.
    reasons.push([2, `${states} names, nearly as many as the text counts`]);
  } else if (
    named === undefined &&
    PERSON_TOGETHER_WITH_LEAD.test(lead) &&
    context.counts.includes(states + 1)
  ) {
    reasons.push([3, `with the one who stands together with them, as many as the text counts`]);
  }
  // Whom a speaker speaks for is this statement's, whatever earlier text the sentence recalls.
  if (
    !SPEAKS_FOR.test(lead) &&
    [own, end].some((a) => EARLIER.test(withoutAsides(a.sentence.text)))
  ) {
    reasons.push([-3, 'in a sentence about another or earlier text']);
  }
  if ([own, end].some((a) => NEVER_ISSUED.test(a.sentence.text))) {
    reasons.push([-5, 'in a sentence about a text never issued']);
  }
  if (context.author && !list.members.some((m) => m.ids.includes(context.author ?? ''))) {
    reasons.push([-3, `a national statement by ${context.author}`]);
  }
  const tied = reasons.some(([w]) => w >= 3);
  if (context.headline >= 0 && line < context.headline && !tied) {
    reasons.push([-3, 'above the headline: page furniture']);
  }
  if (context.furniture.some((f) => f <= line)) {
    reasons.push([-5, 'below "Related"/"Read more": page furniture']);
  }
  const score = reasons.reduce((n, [w]) => n + w, 0);
  return {
    list,
    score,
    reasons: reasons.map(([w, r]) => `${w > 0 ? '+' : ''}${w} ${r}`),
    accepted: score >= ACCEPT,
    attendance: ATTENDANCE.test(lead.slice(-120)) || SENT_ENVOYS.test(after),
    partial: PARTIAL.test(lead.slice(-30)) || PARTIAL.test(after.slice(0, 30)),
    ...(SET_OUT_MEMBERS.test(lead) ? { membership: true } : {}),
  };
}

/**
 * Each enumeration of the text, scored by what stands around it, with its reasons; and each
 * state that leads a counted group ("Belarus, together with 19 countries") when a list is taken.
 */
export function scoreLists(
  lists: Enumeration[],
  context: ListContext & { leads: Member[]; oneOf: Member[]; represented: Enumeration[] },
): ScoredList[] {
  const lines = textLinesOf(context.text);
  // The headline depends on the text alone: found once, not once a list.
  const headlineSentence = context.analysed.find(
    (a) => lineIndexAt(lines, a.sentence.start) === context.headline,
  );
  const one: OneContext = { ...context, lines, headlineSentence };
  // "Chile was represented by …; Peru by …": the participants of the meeting whose text it is,
  // taken as attendance, so that a list of members the text ties to signing comes first.
  const represented = context.represented.map((list): ScoredList => {
    const scored = scoreOne(list, one);
    const score = scored.score + REPRESENTED_SCORE;
    return {
      ...scored,
      score,
      reasons: [`+${REPRESENTED_SCORE} each represented at the meeting`, ...scored.reasons],
      accepted: score >= ACCEPT,
      attendance: true,
      represented: true,
    };
  });
  // "Cyprus is one of 50 countries that issued a joint statement": a signer, of more unnamed.
  const oneOf = context.oneOf.map((member): ScoredList => ({
    list: { members: [member], start: member.start, end: member.end },
    score: ONE_OF_SCORE,
    reasons: [`+${ONE_OF_SCORE} one of a counted group that signed`],
    accepted: true,
    attendance: false,
    partial: true,
  }));
  const scored = [...lists.map((list) => scoreOne(list, one)), ...represented, ...oneOf];
  if (!scored.some((s) => s.accepted)) return scored;
  const leads = context.leads.map((member): ScoredList => ({
    list: { members: [member], start: member.start, end: member.end },
    score: ACCEPT,
    reasons: [
      `+${ACCEPT} named on its own beside the list: leads a counted group, is represented, hosts or joins it`,
    ],
    accepted: true,
    attendance: false,
    partial: false,
  }));
  return [...scored, ...leads];
}
