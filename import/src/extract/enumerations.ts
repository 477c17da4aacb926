import { countryByTypo, countryInOtherLanguage } from '../resolve/country-typo';
import type { Analysed } from './analysed';
import { datelineCountry, isPlace } from './signers';
import type { SentenceItem } from './sentence-items';
import {
  ALIGNMENT_LABEL,
  ALONG_WITH,
  ALSO_AFTER,
  BESIDES_BEFORE,
  CLAUSE_END,
  FILLER_WORDS,
  GUESTS,
  HOST_AFTER,
  HOST_BEFORE,
  LEADS_COUNT,
  LEADS_OTHERS,
  ONE_OF_COUNT,
  REPRESENTED,
  REPRESENTED_ACTIVE_BEFORE,
  REPRESENTED_NEXT_AFTER,
  REPRESENTED_NEXT_BEFORE,
  WITH_HOST,
} from './list-cues';
import {
  ABBREVIATION,
  DATE_WORDS,
  DECLARATION_NOUN,
  FORWARD_CUES,
  OTHER_WORDS,
  PLACE_PREPOSITIONS,
  STANDING_IN,
  VERB_CUES,
} from './cues';
import { numberWord } from './counts';
import { oneAmongCounted } from './count-apposition';

/** One name of an enumeration: a state, a name that may be several states, or a non-state. */
export type Member = {
  /** A group is one of import/reference/group-members.yaml, standing for its members. */
  kind: 'state' | 'ambiguous' | 'signer' | 'group';
  /** The state, organization or group id it stands for; the candidates of an ambiguous name. */
  ids: string[];
  text: string;
  /** Offsets in the plain text. */
  start: number;
  end: number;
  /** Index of its sentence among all sentences of the text. */
  sentence: number;
  /** Read as a state it misspells ("Kyrgyztan"). */
  typo: boolean;
};

/** Two or more names the text lists one after the other. */
export type Enumeration = { members: Member[]; start: number; end: number };

const MAX_GAP_WORDS = 16;
const MAX_GAP_NAMES = 6;
const BULLET = /(?:^|\n)\s*(?:[-*•\u2022\u2013]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s/gu;

// "la France, ses alliés européens et le Canada": signers the list leaves unnamed, between two
// it names.
const UNNAMED_ALLIES =
  /(?<![\p{L}])(?:its|their|ses|leurs|sus|seus|suas|ihre|seine|i\s+suoi|i\s+loro)\s+(?:\p{Ll}+\s+)?(?:allies|alliés|aliados|Verbündeten|alleati|partners|partenaires|socios|parceiros|Partner|partner)(?:\s+\p{Ll}+)?(?![\p{L}])/giu;

// "Maria Cristina Lopes Almeida Fontes LIMA, Ministre …": given names and a surname in capitals,
// as official lists write them, are one person however many names they hold.
const UPPER_SURNAME_PERSON =
  /(?<![\p{L}])(?:\p{Lu}\p{Ll}+\s+){1,6}\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,}){0,2}(?=\s*,)/gu;

// "Ministre du Commerce, de l'Industrie, … et de l'Emploi de la République de Gambie", "Président
// du Conseil Consultatif Présidentiel sur Ebola de la République du Liberia": an office's
// portfolio, however long, before the state's formal name.
const PORTFOLIO =
  /(?<![\p{L}])(?:Ministre|Minister|Ministro|Ministra|Président|President|Presidente)\s[^\n–—;:]{0,150}?(?=(?:de\s+la|of\s+the|da)\s+(?:(?:République|Republic|República)(?:\s+(?:de|du|of|da|do))?\s*)?$)/gu;

// "le ministre pour l'Afrique du", "la secrétaire d'État au Développement international de la": an
// office's portfolio, in small letters, before the state it serves.
const OFFICE_PORTFOLIO =
  /(?<![\p{L}])(?:(?:vice|sous|under|deputy)[-\s])?(?:ministre|ministro|ministra|minister|secrétaire\s+d['’]État|secretari[oa]\s+de\s+Estado|secretary\s+of\s+state|secrétaire|secretary|secretari[oa])\s[^\n–—;:,]{0,100}?(?=(?:de\s+la|de\s+l['’]|du|des|of\s+the|of|de|del|da|do)\s*$)/giu;

// "- au titre de la République du Bénin, Son Excellence …": whom each line of attendance is for.
const FOR_STATE = /(?<![\p{L}])(?:au\s+titre\s+(?:de|du|des)|a\s+título\s+de)(?![\p{L}])/giu;
// "Président de la République par intérim": an acting office.
const ACTING = /(?<![\p{L}])(?:par\s+intérim|ad\s+interim|interin[oa])(?![\p{L}])/giu;

/** The words of a gap, with parentheses, bullets, abbreviations and filler names set aside. */
function gapWords(gap: string): string[] {
  const plain = gap
    .replace(/\([^()]{0,160}\)/g, ' ')
    .replace(BULLET, '\n')
    .replace(STANDING_IN, ' ')
    .replace(FOR_STATE, ' ')
    .replace(ACTING, ' ')
    .replace(ALIGNMENT_LABEL, ' ')
    .replace(UNNAMED_ALLIES, ' ')
    .replace(/(?<![\p{L}])(?:that|which)\s+(?:belong|belongs)\s+to(?![\p{L}])/giu, ' ')
    .replace(ABBREVIATION, ' ')
    .replace(UPPER_SURNAME_PERSON, ' Person ')
    .replace(PORTFOLIO, ' Ministre ')
    .replace(OFFICE_PORTFOLIO, ' Ministre ');
  return plain.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

const SENTENCE_END = /[.!?…](?:["”»’')\]]*)(?:\s|$)/u;

/** Whether what stands between two names is filler ("the Republic of", a title, a person). */
export function isFiller(gap: string, options: { maxWords?: number } = {}): boolean {
  const words = gapWords(gap);
  if (words.length > (options.maxWords ?? MAX_GAP_WORDS)) return false;
  let names = 0;
  for (const whole of words) {
    // French elides the article: "Chef de l'État".
    const word = whole.replace(/^[ld]['’](?=\p{Lu})/u, '');
    const lower = word.toLowerCase().replace(/['’]s?$/u, '');
    if (FILLER_WORDS.has(lower) || /^\d{1,3}$/.test(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
    names++;
  }
  return names <= MAX_GAP_NAMES;
}

type Lines = { text: string; starts: number[] };

function lineAt(lines: Lines, offset: number): [number, number] {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const start = lines.starts[lo] ?? 0;
  const next = lines.starts[lo + 1];
  return [start, next === undefined ? lines.text.length : next - 1];
}

// The members between two offsets: members are in text order.
function membersWithin(members: Member[], start: number, end: number): Member[] {
  let lo = 0;
  let hi = members.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((members[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: Member[] = [];
  for (let i = lo; i < members.length && (members[i]?.start ?? end) < end; i++) {
    const m = members[i];
    if (m) found.push(m);
  }
  return found;
}

/** A line that holds names and filler only: one item of a list set out a line each. */
function namesOnly(lines: Lines, members: Member[], offset: number): boolean {
  const [start, end] = lineAt(lines, offset);
  let rest = '';
  let at = start;
  for (const m of membersWithin(members, start, end)) {
    rest += `${lines.text.slice(at, Math.max(at, m.start))} `;
    at = Math.max(at, m.end);
  }
  rest += lines.text.slice(at, end);
  // "-Son Excellence Monsieur Faure Essozimna Gnassingbé, président de la République du Togo.":
  // honorifics, a person's three names and an office.
  // "– S.E.M. le Colonel Assimi GOÏTA, Président de la Transition, Chef de l'État, de la
  // République du Mali": a bulleted item may carry more titles.
  const bulleted = /^\s*[-–—•·*▪]\s/u.test(lines.text.slice(start, end));
  return isFiller(rest.replace(/[.;:,]/g, ' '), { maxWords: bulleted ? 20 : 12 });
}

// "* Mauritius: Dr the Hon. Arvin Boolell, Minister of Foreign Affairs, Regional Integration and
// International Trade": a line headed by its state and a colon, whatever its delegate's titles.
function headsLine(lines: Lines, member: Member): boolean {
  const [start, end] = lineAt(lines, member.start);
  const before = lines.text.slice(start, member.start);
  const after = lines.text.slice(member.end, end);
  return (
    /^\s*(?:[*•·▪◦‣-]\s*|\d{1,3}[.)]\s*)?$/u.test(before) && /^\s*(?:\([^()]*\)\s*)?:/u.test(after)
  );
}

// Whether `member` stands on the line a state heads ("Botswana: …"), among its holder's titles.
function inHolderTitles(lines: Lines, head: Member, member: Member): boolean {
  return lineAt(lines, head.start)[0] === lineAt(lines, member.start)[0] && headsLine(lines, head);
}

// Two line-headed states with at most two lines of titles between, no line headed by a colon.
function headedLines(lines: Lines, pair: [Member, Member]): boolean {
  const [left, right] = pair;
  if (!headsLine(lines, left) || !headsLine(lines, right)) return false;
  const [, leftEnd] = lineAt(lines, left.start);
  const between = lines.text.slice(leftEnd, right.start).split('\n').slice(1, -1);
  return between.length <= 2 && between.every((line) => !line.includes(':') && line.length < 120);
}

// "… que se vive en el Perú, los gobiernos de Argentina, Bolivia": who a new clause's subject
// are starts another list.
const NEW_SUBJECT =
  /,\s*(?:the|los|las|les|die|i|os|as)\s+(?:governments|gobiernos|gouvernements|Regierungen|governi|governos|foreign\s+ministers|ministros|ministres|leaders|líderes|dirigeants|presidents|presidentes|présidents)\s+(?:of|de|des|du|der|dei|degli|dos|das)\s*$/iu;

// Two names are one list's neighbours when only separators and filler stand between them; a
// sentence ends a list unless both names stand on lines of their own.
const RELATION_BEFORE =
  /(?<![\p{L}])(?:дружественн|недружественн|союзн|враждебн|лояльн|подконтрольн|близк)\p{L}*\s+(?:к\s+)?$/iu;

// "…of the Republic of Uzbekistan, who chaired it; Mr. Katsuya Okada, …": the chair is one of
// the list.
const CHAIRED_IT =
  /^\s*,\s*who\s+(?:chaired|co-?chaired|presided\s+over)\s+(?:it|the\s+meeting|the\s+session)\s*(?=[;,])/iu;

function joins(lines: Lines, members: Member[], pair: [Member, Member]): boolean {
  const [left, right] = pair;
  const sent = SENT_BY.test(lines.text.slice(Math.max(0, left.start - 80), left.start));
  const between = lines.text.slice(left.end, right.start).replace(CHAIRED_IT, ',');
  const gap = sent ? between.replace(POSTED_AFTER, ' ') : between;
  if (/\n\s*\n\s*\n/.test(gap)) return false;
  // "…, Belice\nPaises / Entidades Participantes: Belice, …": a new line's label starts another.
  if (/\n[^\n:]{1,60}:\s*$/u.test(gap)) return false;
  const cleaned = gap.replace(/\([^()]{0,160}\)/g, ' ').replace(ABBREVIATION, ' ');
  // A sentence, a colon or a paragraph break ends a list, unless it is set out a line a name.
  const ends = SENTENCE_END.test(cleaned) || /:/.test(cleaned) || /\n\s*\n/.test(gap);
  if (ends) {
    // A signature block puts a signer's name and office between the names of its states.
    // "His Highness Sheikh Sabah Al-Ahmed Al-Jaber Al-Sabah": a person line may be longer.
    // "S.E.M. Roch Marc Christian KABORE, Président du Burkina Faso.\n\nS.E.M. Pedro SANCHEZ, …
    // d'Espagne ;": one item's full stop among items that each end in a semicolon.
    const [, rightEnd] = lineAt(lines, right.start);
    const stray = /;\s*$/.test(lines.text.slice(right.end, rightEnd))
      ? gap.replace(/^\s*\.(?=\s*\n)/, '')
      : gap;
    const short = stray
      .split('\n')
      .every(
        (line) =>
          ((line.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 6 ||
            isFiller(line.replace(/[,;]/g, ' '), { maxWords: 12 })) &&
          !SENTENCE_END.test(line.replace(ABBREVIATION, ' ')),
      );
    if (headedLines(lines, pair)) return true;
    const ownLines =
      gap.includes('\n') &&
      (gapWords(gap).length <= 3 || short) &&
      namesOnly(lines, members, left.start) &&
      namesOnly(lines, members, right.start);
    if (!ownLines) return false;
  }
  if (NEW_SUBJECT.test(gap)) return false;
  // "firmata dall'Italia su Israele e Gaza": a preposition alone leads to the text's subject.
  const word = /^\s+(\p{Ll}+)\s+$/u.exec(gap)?.[1];
  if (word !== undefined && PLACE_PREPOSITIONS.has(word)) return false;
  // "в Северной Корее Россия и Китай выступили": a place, then the subject, a bare space apart.
  if (/^ $/.test(gap) && isPlace(lines.text, left.start)) return false;
  // "à Pointe aux Piments (Maurice), les ministres … des Comores": a venue's state in brackets.
  if (
    /^\s*\)/u.test(gap) &&
    VENUE_BRACKET.test(lines.text.slice(Math.max(0, left.start - 60), left.start))
  )
    return false;
  // "at Argyle, Saint Vincent and the Grenadines, His Excellency Irfaan Ali, President of the
  // Co-operative Republic of Guyana": a venue's state, then who met there.
  if (
    /^\s*,\s*\p{L}/u.test(gap) &&
    VENUE_CITY.test(lines.text.slice(Math.max(0, left.start - 60), left.start))
  )
    return false;
  // "коммюнике поддержали дружественные России Турция, Венгрия и Сербия": the state an adjective
  // of relation governs, then the list.
  if (
    /^ $/.test(gap) &&
    RELATION_BEFORE.test(lines.text.slice(Math.max(0, left.start - 30), left.start))
  )
    return false;
  // "der französische Präsident Emmanuel Macron Russland dazu aufgerufen": a leader's name,
  // then whom the leader speaks to; in running text a list has a separator.
  // A text set in capitals writes its "AND" so: a conjunction, not a name.
  if (/^ (?:\p{Lu}[\p{L}'’.-]+ ){1,3}$/u.test(gap) && !/^ (?:AND|ET|UND|Y|E|OU|OR) $/u.test(gap))
    return false;
  // "Ambassadors and Special Envoys to Libya of the EU, France, …": the place they are sent to,
  // then whose envoys they are.
  if (/^\s+of\s+(?:the\s+)?$/iu.test(gap) && isPlace(lines.text, left.start)) return false;
  // "Desde el G20, Argentina, Brasil, Canadá y Chile difundieron": a group a place preposition
  // leads to, before a comma, is where the list's states spoke.
  if (left.kind === 'group' && /^\s*,\s*$/.test(gap) && isPlace(lines.text, left.start))
    return false;
  // "the countries associated with the European Union, Bulgaria, Estonia": an organization a
  // preposition leads to is the object, not the list's first name.
  const lead = lines.text.slice(Math.max(0, left.start - 12), left.start);
  if (left.kind === 'signer' && /(?<![\p{L}])(?:with|in|to)\s+(?:the\s+)?$/iu.test(lead))
    return false;
  // "Nueva York, Estados Unidos– Los presidentes de República Dominicana": a dateline's country,
  // then the story after its dash.
  const lineStart = lines.text.lastIndexOf('\n', left.start - 1) + 1;
  if (datelineCountry(lines.text.slice(lineStart), left.start - lineStart, gap)) return false;
  // "BONN, Germany Feb 16 The United States": a date parts a dateline from the story.
  if (gapWords(gap).some((w) => DATE_WORDS.test(w))) return false;
  // Items a bulleted line each, the next one's holder and titles before its state.
  const bulleted =
    /\n\s*[-–—•·*▪]\s/u.test(gap) &&
    namesOnly(lines, members, left.start) &&
    namesOnly(lines, members, right.start);
  return bulleted || isFiller(right.kind === 'group' ? uncounted(gap) : gap);
}

const OTHERS_OF_GROUP = new RegExp(
  `(?<![\\p{L}])(?:(?:${OTHER_WORDS})\\s+(?:\\d{1,3}|\\p{L}+)|(?:\\d{1,3}|\\p{L}+)\\s+(?:${OTHER_WORDS}))\\s+\\p{L}+\\s*$`,
  'iu',
);
const MEMBERS_NOUN = /^\s+(?:member\s+(?:states|countries)|members|countries|nations)(?=\s*[,;])/iu;

// "the Netherlands, the five Nordic nations and the three Baltic states": a group's count
// between its article and its name, taken out of the gap before it.
const uncounted = (gap: string) =>
  gap.replace(/(?<![\p{L}])[\p{L}-]+\s*$/u, (w) => (numberWord(w.trim()) === undefined ? w : ' '));

// "…, Bosnia and Herzegovina. Bulgaria, Canada. Colombia, …": stray full stops of a transcript
// inside one list. A sentence of names and separators only goes on the list before it.
const STRAY_STOP = /^\s*\.\s+(?:(?:the|la|le|les|el|los|las|die|der)\s+)?$/iu;
const NAMES_SEPARATOR =
  /^[\s,;&]*(?:(?:and|as well as|et|y|und|e|и)\s+)?(?:(?:the|la|le|les|el|los|las|die|der)\s+)?$/iu;
const SENTENCE_TAIL = /^\s*[.!?…]?["”»’')\]]*\s*(?:\n|$)/u;

function namesSentenceFrom(text: string, members: Member[], index: number): boolean {
  for (let k = index; k < members.length; k++) {
    const here = members[k];
    if (!here) return false;
    const next = members[k + 1];
    const gap = next ? text.slice(here.end, next.start) : '';
    if (next && NAMES_SEPARATOR.test(gap)) continue;
    if (next && STRAY_STOP.test(gap)) return true;
    return SENTENCE_TAIL.test(text.slice(here.end, here.end + 200));
  }
  return false;
}

const SEPARATOR =
  /\s*(?:[,;/&|\t\n•]|(?<![\p{L}])(?:and|as well as|и|а также|et|ainsi que|y|e|und|sowie)(?![\p{L}]))\s*/iu;
const NAME_PART = /^(\p{Lu}[\p{L}'’-]{3,}(?:\s+\p{Lu}[\p{L}'’-]+){0,2})[.;,]?$/u;
// An article or "of" before a misspelt name: "de la Guyanne", "le Méxique", "l´Uruguay".
const ARTICLES =
  /^(?:(?:the|of|la|le|les|el|los|las|de|del|du|des|der|die|l|d)(?:\s+|\s*['’´`](?=\p{Lu}))|[ld]['’´`](?=\p{Lu}))+/iu;

// A misspelt state between or right after names of a list: "…, Russian Federation, Kyrgyztan, Syria".
function typosIn(text: string, from: number, sentence: number): Member[] {
  const found: Member[] = [];
  let offset = 0;
  for (const part of text.split(SEPARATOR)) {
    const at = text.indexOf(part, offset);
    offset = at + part.length;
    const name = NAME_PART.exec(part.trim().replace(ARTICLES, ''))?.[1];
    const code = name && (countryByTypo(name) ?? countryInOtherLanguage(name));
    if (!name || !code) continue;
    const start = from + at + part.indexOf(name);
    found.push({
      kind: 'state',
      ids: [code],
      text: name,
      start,
      end: start + name.length,
      sentence,
      typo: true,
    });
  }
  return found;
}

// "Denmark (with Greenland)", "the Netherlands (on behalf of Aruba)": a part of the state before
// the bracket, no name of the list.
const PART_OPENS =
  /\(\s*(?:with|including|incl\.|for|on\s+behalf\s+of|avec|y\s+compris|pour|con|incluido|incluyendo|mit|einschließlich|com|incluindo|inclus[oa]|с|включая)\s+(?:the\s+)?$/iu;
// "Presidente da República e Presidente em exercício da SADC": the group a signer chairs.
const CHAIR_OF =
  /(?<![\p{L}])(?:(?:current\s+)?Chair(?:person|man|woman)?|President[ea]?\s+em\s+exercício|Président(?:e)?\s+en\s+exercice|Presidente?\s+pro\s+t[eé]mpore|Presidente\s+de\s+turno|amtierende[rn]?\s+Vorsitzende[rn]?)\s+(?:of\s+the|of|da|do|de\s+la|de\s+l['’]|du|de|del|der|des)\s*$/iu;
// "Minister of Foreign Affairs and CARICOM Affairs": a group's name in a portfolio.
const PORTFOLIO_AFTER = /^\s+(?:Affairs|Integration|Relations|Matters)(?![\p{L}])/u;

const ENVOY = String.raw`(?<![\p{L}])(?:High\s+Commissioner|Ambassador|Envoy|Consul(?:[\s-]General)?|Chargé\s+d['’]affaires|Ambassadeur|Ambassadrice|Embajador[a]?|Embaixador[a]?|Botschafter(?:in)?|Ambasciatore|Ambasciatrice|Embassy|High\s+Commission|Ambassade|Embajada|Embaixada|Botschaft|Ambasciata)(?:\s+(?:Extraordinary\s+and\s+Plenipotentiary|extraordinaire\s+et\s+plénipotentiaire))?`;
const SENDER_OF = String.raw`\s+(?:of|de|du|de\s+la|da|do|von|der|di|del)\s+(?:the\s+)?`;
const POSTED_PREPOSITION = String.raw`\s+(?:to|in|en|au|aux|à|ante|em|no|na|bei|presso)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+)?`;
// "Malawi: HE Mrs Agrina Mussa, High Commissioner to South Africa": where an envoy serves; also
// after the state that sends it ("Ambassador of Niger to the Federal Republic of Nigeria",
// "Embassy of Federal Republic of Nigeria in Liberia").
const POSTED_TO = new RegExp(
  `${ENVOY}(?:${SENDER_OF}[^,;:()\\n]{2,60}?)?${POSTED_PREPOSITION}$`,
  'iu',
);
// The state that sends the envoy, right before its name: its post after it is no list word.
const SENT_BY = new RegExp(`${ENVOY}${SENDER_OF}$`, 'iu');
// It ends the line, or the dashed entry: "Ambassadeur du Burkina Faso au Ghana – SEM …".
const POSTED_AFTER = new RegExp(`^${POSTED_PREPOSITION}[^\\n,;]{1,60}?(?=\\n|\\s[–—-]\\s)`, 'iu');

// Whether an item stands for no name of a list: a part of the state before it, a bracket that
// names that state again ("Commonwealth of Dominica (representing Prime Minister of the
// Commonwealth of Dominica, …)"), a group in a minister's portfolio, or where an envoy serves.
function aside(text: string, item: SentenceItem, previous: SentenceItem | undefined): boolean {
  if (item.group && PORTFOLIO_AFTER.test(text.slice(item.end))) return true;
  if (item.group && CHAIR_OF.test(text.slice(Math.max(0, item.start - 60), item.start)))
    return true;
  if (POSTED_TO.test(text.slice(Math.max(0, item.start - 80), item.start))) return true;
  if (!previous) return false;
  const gap = text.slice(previous.end, item.start);
  if (PART_OPENS.test(gap) && /^\s*\)/u.test(text.slice(item.end))) return true;
  const same = (previous.mention?.ids ?? []).join() === (item.mention?.ids ?? []).join();
  return same && item.mention !== undefined && /^\s*\([^()]*$/u.test(gap);
}

function membersOf(analysed: Analysed[]): Member[] {
  const members: Member[] = [];
  analysed.forEach((a, sentence) => {
    for (const [k, item] of a.items.entries()) {
      if (aside(a.sentence.text, item, a.items[k - 1])) continue;
      // A group whose members are known ("the Gulf Cooperation Council (GCC), Egypt, Jordan")
      // lists its members as one name.
      const group = item.kind === 'state' || item.kind === 'ambiguous' ? undefined : item.group;
      const kind = group ? 'group' : item.kind;
      if (kind !== 'state' && kind !== 'ambiguous' && kind !== 'signer' && kind !== 'group')
        continue;
      const ids = group ? [group.id] : (item.mention?.ids ?? []);
      members.push({
        kind,
        ids,
        text: item.text,
        start: a.sentence.start + item.start,
        end: a.sentence.start + item.end,
        sentence,
        typo: false,
      });
    }
  });
  return members;
}

// The rest of a list's line after its last name, where a misspelt state may stand.
function tailTypos(lines: Lines, last: Member): Member[] {
  const [, lineEnd] = lineAt(lines, last.end);
  const rest = lines.text.slice(last.end, lineEnd);
  const upTo = rest.search(/[.!?:](?:\s|$)/u);
  const tail = upTo < 0 ? rest : rest.slice(0, upTo);
  const typos = typosIn(tail, last.end, last.sentence);
  const kept: Member[] = [];
  let at = last.end;
  for (const typo of typos) {
    if (!isFiller(lines.text.slice(at, typo.start))) break;
    kept.push(typo);
    at = typo.end;
  }
  return kept;
}

/**
 * Every enumeration of two or more names in the text, wherever it stands and whatever it says:
 * names separated by commas, "and", semicolons, lines, bullets or table cells, with formal-name
 * and title filler ("the Government of", "Prime Minister of the Republic of …, Mr …") between.
 * Which of them lists signers is for the scoring to say.
 */
export function findEnumerations(text: string, analysed: Analysed[]): Enumeration[] {
  const lines: Lines = { text, starts: [0] };
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.starts.push(i + 1);
  const members = membersOf(analysed);
  const lists: Enumeration[] = [];
  let current: Member[] = [];
  const close = () => {
    const last = current[current.length - 1];
    if (last) current.push(...tailTypos(lines, last));
    const [head] = current;
    const end = current[current.length - 1];
    const states = current.filter((m) => m.kind === 'state' || m.kind === 'ambiguous').length;
    if (head && end && current.length >= 2 && states > 0) {
      lists.push({ members: current, start: head.start, end: end.end });
    }
    current = [];
  };
  for (const [index, member] of members.entries()) {
    const previous = current[current.length - 1];
    // "Botswana: His Honour Mr. Slumber Tsogwane, Vice President of the Republic of Botswana",
    // "Mauritius: …, High Commissioner … to South Africa and SADC": names in the titles of the
    // holder of a state that heads its line.
    if (previous && inHolderTitles(lines, previous, member)) continue;
    // A group joins a list only by a separator: "the G7 Foreign Ministers of Canada" is no list.
    const grouped = previous?.kind === 'group' || member.kind === 'group';
    const gap = previous ? text.slice(previous.end, member.start) : '';
    const bracketless = gap.replace(/\([^()]{0,160}\)/g, '');
    const counted = member.kind === 'group' ? uncounted(bracketless) : bracketless;
    // "the ASEAN Member States, Australia, …": the group's members by their noun, then the list.
    const bare = previous?.kind === 'group' ? counted.replace(MEMBERS_NOUN, '') : counted;
    // "глав государств Центральной Азии и Федерального канцлера Германии": "and" with the next
    // signer's office.
    const conjunction = /^[\s,]*(?:and|et|y|e|und|и)\s+/iu.exec(bare);
    const bySeparator =
      // "des pays de l'UE, de la Suisse, de la Turquie": a separator and the next one's article.
      /^[\s,;&()]*(?:(?:and|et|y|und|и)[\s,]*)?(?:(?:of\s+the|of|the|de\s+la|de\s+l['’]|du|des|de|del|de\s+los|da|do|das|dos)(?:\s+|(?<=['’])))?$/iu.test(
        bare,
      ) ||
      (conjunction !== null && isFiller(bare.slice(conjunction[0].length), { maxWords: 4 }));
    // "Italia, Danimarca e altri 7 Paesi Ue": the group the others belong to, not one of the list.
    const othersOf = member.kind === 'group' && OTHERS_OF_GROUP.test(bracketless);
    const strayStop =
      current.length >= 2 && STRAY_STOP.test(gap) && namesSentenceFrom(text, members, index);
    if (
      previous &&
      !strayStop &&
      (!joins(lines, members, [previous, member]) || (grouped && !bySeparator) || othersOf)
    ) {
      close();
    }
    if (previous && current.length > 0) {
      current.push(...typosIn(gap, previous.end, previous.sentence));
    }
    current.push(member);
  }
  close();
  return lists;
}

/**
 * States named on their own beside a list: the one that leads the others a count stands for
 * ("Belarus, together with 19 countries" is Belarus and a list of 19, which may stand in another
 * sentence: "These are …"), a participant a sentence ("The Bahamas was represented by", "…, Minister
 * of Foreign Affairs, represented Grenada;"), and one
 * more beside a list ("…, along with a delegate from France").
 */
export function countLeads(analysed: Analysed[]): Member[] {
  const leads: Member[] = [];
  // "Delegations from Bangladesh and Seychelles attended as Observers": whose delegation is
  // "represented by" someone later is still a guest.
  const guests = new Set(
    analysed.flatMap((a) =>
      a.items
        .filter((i) => i.kind === 'state' && GUESTS.test(a.sentence.text.slice(i.end, i.end + 60)))
        .flatMap((i) => i.mention?.ids ?? []),
    ),
  );
  analysed.forEach((a, sentence) => {
    const states = a.items.filter((i) => i.kind === 'state');
    for (const item of states) {
      const rest = a.sentence.text.slice(item.end);
      const before = a.sentence.text.slice(Math.max(0, item.start - 60), item.start);
      const alone =
        REPRESENTED.test(rest) &&
        !GUESTS.test(before) &&
        !(item.mention?.ids ?? []).some((id) => guests.has(id));
      const represents =
        REPRESENTED_ACTIVE_BEFORE.test(before) && CLAUSE_END.test(rest) && !GUESTS.test(before);
      const leading = LEADS_COUNT.test(rest) || LEADS_OTHERS.test(rest);
      // "Oltre alla Francia, che ha promosso l'iniziativa, vi hanno preso parte …": or before
      // the cue of the list it heads.
      // "Outre le Danemark, elle est soutenue par …": a verb of backing in a sentence on the text.
      const backedBy =
        [a, analysed[sentence - 1]].some((b) => b && DECLARATION_NOUN.test(b.sentence.text)) &&
        VERB_CUES.some((c) => rest.slice(0, 120).search(c) >= 0);
      // "Unterschrieben haben neben den Vereinigten Staaten unter anderem …": or right after it.
      const besidesAt = BESIDES_BEFORE.exec(before);
      const cueEnd = besidesAt ? item.start - before.length + besidesAt.index : -1;
      const cueBefore =
        besidesAt !== null &&
        [...FORWARD_CUES, ...VERB_CUES].some((c) =>
          [...a.sentence.text.slice(Math.max(0, cueEnd - 120), cueEnd).matchAll(c)].some(
            (m) => m.index + m[0].length >= Math.min(cueEnd, 120) - 1,
          ),
        );
      const besides =
        besidesAt !== null &&
        (ALSO_AFTER.test(rest) ||
          FORWARD_CUES.some((c) => rest.slice(0, 120).search(c) >= 0) ||
          backedBy ||
          cueBefore);
      const among = SIGNERS_AMONG_BEFORE.test(before);
      // "Quinze États membres, emmenés par le Danemark, ont lancé un appel conjoint": the state
      // at the head of the counted signers.
      const leadsCounted =
        LED_BY_BEFORE.test(before) &&
        countedStates(a.sentence.text) &&
        (DECLARATION_NOUN.test(a.sentence.text) || LED_TEXT.test(a.sentence.text));
      if (
        !leading &&
        !alone &&
        !represents &&
        !besides &&
        !among &&
        !leadsCounted &&
        !ALONG_WITH.test(before)
      )
        continue;
      // "El Salvador y Costa Rica estuvieron representados": the states joined before it too.
      const joined = alone ? joinedBefore(states, item, a.sentence.text) : [item];
      leads.push(...joined.map((state) => stateMember(state, a, sentence)));
    }
  });
  return leads;
}

const LED_BY_BEFORE =
  /(?<![\p{L}])(?:led\s+by|emmenée?s?\s+par|menée?s?\s+par|conduite?s?\s+par|encabezad[oa]s?\s+por|liderad[oa]s?\s+por|angeführt\s+von|guidat[ie]\s+da)\s+(?:(?:the|le|la|el|die|dem|o|a|il|lo)\s+|l['’])?$/iu;

const VENUE_CITY =
  /(?<![\p{L}])(?:at|in|à|en|em)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*,\s*$/u;
const VENUE_BRACKET = /(?<![\p{L}])(?:à|au|in|at|en|em|na|no|a)\s+\p{Lu}[^,.;:()]{0,40}\(\s*$/u;
const LED_TEXT = /(?<![\p{L}])(?:appel|Schreiben|Brief|Aufruf)(?![\p{L}])/iu;
const COUNTED_STATES =
  /(?<![\p{L}\p{N}])(\d{1,3}|\p{L}+(?:-\p{L}+)?)\s+(?:États|Etats|pays|countries|states|nations|governments|Mitgliedstaaten|Staaten|Länder|países|Estados|paesi|Stati)(?![\p{L}])/giu;
const countedStates = (text: string) =>
  [...text.matchAll(COUNTED_STATES)].some((m) => (numberWord(m[1] ?? '') ?? 0) > 1);

// "Los firmantes del texto, entre los que figura Estados Unidos, afirman": one of the signers.
const SIGNERS_AMONG_BEFORE =
  /(?<![\p{L}])(?:signatories|signers|firmantes|signataires|Unterzeichner|firmatari|signatários)(?:\s+[^\s,.;:]+){0,3}\s*,?\s*(?:among\s+(?:them|whom|which)\s+(?:is|are|was|were)|entre\s+(?:los|las)\s+que\s+(?:figura|figuran|está|están|se\s+encuentra)|parmi\s+lesquels\s+(?:figure|figurent|on\s+trouve)|darunter|tra\s+cui|entre\s+os\s+quais\s+(?:figura|figuram|está|estão))\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|los\s+|o\s+|os\s+|a\s+|die\s+|der\s+)?$/iu;

const JOINED_GAP =
  /^\s*(?:,|(?:,\s*)?(?:and|y|e|et|und|и)\s)\s*(?:(?:the|la|le|les|el|los|las|die|der)\s+)?$/iu;

/** `item` with the states joined to it before, by commas and "and": "A, B and C". */
function joinedBefore(states: SentenceItem[], item: SentenceItem, text: string): SentenceItem[] {
  let first = states.indexOf(item);
  while (first > 0) {
    const previous = states[first - 1];
    const gap = previous && text.slice(previous.end, states[first]?.start);
    if (gap === undefined || !JOINED_GAP.test(gap)) break;
    first--;
  }
  return states.slice(first, states.indexOf(item) + 1);
}

function stateMember(state: SentenceItem, a: Analysed, sentence: number): Member {
  return {
    kind: 'state',
    ids: state.mention?.ids ?? [],
    text: state.text,
    start: a.sentence.start + state.start,
    end: a.sentence.start + state.end,
    sentence,
    typo: false,
  };
}

/** A state named as one of a counted group of signers: "Cyprus is one of 50 countries that issued …". */
export function oneOfCounted(analysed: Analysed[]): Member[] {
  const found: Member[] = [];
  analysed.forEach((a, sentence) => {
    // "The United States, the European Union and 20 other members": a signing organization
    // may stand in the chain.
    const named = a.items.filter((i) => i.kind === 'state' || i.kind === 'signer');
    const next = analysed[sentence + 1]?.sentence.text ?? '';
    for (const item of named) {
      const text = a.sentence.text;
      if (
        item.kind === 'state' &&
        oneAmongCounted(text.slice(0, item.start), text.slice(item.end), next)
      ) {
        found.push(stateMember(item, a, sentence));
        continue;
      }
      if (!ONE_OF_COUNT.test(a.sentence.text.slice(item.end))) continue;
      // "Saudi Arabia, Egypt and Qatar were among the other countries that signed".
      const joined = joinedBefore(named, item, a.sentence.text).filter((i) => i.kind === 'state');
      found.push(...joined.map((state) => stateMember(state, a, sentence)));
    }
  });
  return found;
}

/**
 * The states of a representation list, one sentence long: "Chile was represented by its foreign
 * minister; Peru by its cabinet chief" ("la Chine était représentée par …; la France par …").
 */
export function representationLists(analysed: Analysed[]): Enumeration[] {
  const lists: Enumeration[] = [];
  analysed.forEach((a, sentence) => {
    const text = a.sentence.text;
    const states = a.items.filter((i) => i.kind === 'state');
    const members: Member[] = [];
    let previousEnd = -1;
    for (const item of states) {
      const rest = text.slice(item.end);
      const opens = members.length === 0 && REPRESENTED.test(rest);
      const next =
        members.length > 0 &&
        REPRESENTED_NEXT_AFTER.test(rest) &&
        REPRESENTED_NEXT_BEFORE.test(text.slice(previousEnd, item.start));
      if (!opens && !next) continue;
      members.push(stateMember(item, a, sentence));
      previousEnd = item.end;
    }
    const [first] = members;
    const last = members[members.length - 1];
    if (members.length >= 2 && first && last)
      lists.push({ members, start: first.start, end: last.end });
  });
  return lists;
}

const INVITER_BEFORE = /(?<![\p{L}])at\s+the\s+invitation\s+of\s+[^;:]{1,120}$/iu;
const ATTENDANCE_NEXT = /^\s*,?\s*with\s+the\s+(?:attendance|participation)\s+of(?![\p{L}])/iu;

/**
 * The host a list takes in ("signed by A, B and C, besides the host"), when the text names one
 * state as the host ("hosted by Peru", "Peru, the host country"); none when it names two. The
 * state whose minister invited those who attended is one too.
 */
export function hostLeads(analysed: Analysed[]): Member[] {
  const besides = analysed.some((a) => WITH_HOST.test(a.sentence.text));
  const hosts: Member[] = [];
  let shared = false;
  analysed.forEach((a, sentence) => {
    for (const item of a.items) {
      if (item.kind !== 'state') continue;
      const before = a.sentence.text.slice(Math.max(0, item.start - 60), item.start);
      const after = a.sentence.text.slice(item.end, item.end + 40);
      // "took place … at the invitation of H.E. Mr. Hakan Fidan, Minister of Foreign Affairs of
      // the Republic of Türkiye, with the attendance of …": who invited the others came too.
      const inviter =
        INVITER_BEFORE.test(a.sentence.text.slice(Math.max(0, item.start - 140), item.start)) &&
        ATTENDANCE_NEXT.test(after);
      if (!inviter && (!besides || (!HOST_BEFORE.test(before) && !HOST_AFTER.test(after))))
        continue;
      // "hosted by Peru and Qatar": no one host to take in.
      if (HOST_BEFORE.test(before) && /^\s*(?:,|(?:and|y|et|und)\s)/iu.test(after)) shared = true;
      hosts.push({
        kind: 'state',
        ids: item.mention?.ids ?? [],
        text: item.text,
        start: a.sentence.start + item.start,
        end: a.sentence.start + item.end,
        sentence,
        typo: false,
      });
    }
  });
  return !shared && new Set(hosts.flatMap((h) => h.ids)).size === 1 ? hosts.slice(0, 1) : [];
}
