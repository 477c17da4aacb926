import type { TextLanguage } from '../resolve/country-names';
import { stateOfAdjective } from '../resolve/demonyms';
import { russianAdjectiveState } from '../resolve/russian-adjectives';
import type { Analysed } from './analysed';
import type { Signers } from './collect-signers';
import { addState } from './collect-signers';
import { statedCount } from './counts';
import { leaderState } from './leader-states';
import { DECLARATION_NOUN, GERMAN_TEXT_VERB } from './cues';
import { ATTENDANCE } from './list-cues';
import type { SoleAuthor } from './sole-author';

/**
 * Leaders named as people: "German Chancellor Olaf Scholz", "Giorgia Meloni, Présidente du
 * Conseil des ministres d'Italie", "Lula of Brazil", "Japan's Kishida". A name the text once gives
 * with its state stands for that state wherever the text names that person again ("Scholz",
 * "President Scholz"); two or more such people as the subject of a verb of signing or saying, in
 * a sentence about a statement, sign it. No list of office-holders is kept: a name the text does
 * not tie to a state is left alone.
 */

type Word = { text: string; start: number; end: number };
type Person = { tokens: string[]; code: string };

// "d'" and "l'" stand apart, so that "d'Italie" reads as "Italie".
const WORD = /[dlDL]['’](?=\p{L})|\p{L}[\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /['’]s$/u;

// Words of an office, in the languages read, with up to three letters of inflection.
const OFFICE =
  /^(?:president|presidente?s?|présidente?s?|präsident|президент|chancellor|chanceli(?:er|ère)|canciller|kanzler|bundeskanzler|prime|premier|première|primer|primera|prim[oiae]|minister|ministre|ministr[oaie]|cancellier[ei]|ministerpräsident|premierminister|премьер-министр|премьер|министр|канцлер|regierungschef|außenminister|aussenminister|staatspräsident|leader|líder|dirigeant|mandatari[oa]|head|jef[ea]|chef|vorsitzende|председател|глава|king|queen|emir|sultan|taoiseach|counterpart|homólog[oa]|homologue|amtskolleg|foreign|affairs|exteriores|étrangères|auswärtig|government|gobierno|gouvernement|regierung|правительств|council|conseil|consejo|secretary|secretari[oa]|state|estado|état|deputy|vice|councilor|councillor|mr|ms|mrs|dr|sr|sra|herr|frau)\p{L}{0,3}$/iu;
// Articles, prepositions and possessives that sit between an office and its state or name.
const FILLER =
  /^(?:the|of|his|her|their|le|la|les|du|de|des|del|d['’]|l['’]|el|los|las|su|sus|son|sa|ses|der|die|das|dem|den|des|sein\p{L}*|ihr\p{L}*|von|für|di|dal|dalla|dai|dagli|della|dello|dei|degli|il|i|gli|do|da|dos|das|pelo|pela|pelos|pelas|o|a|os|as)$/iu;
// Small words inside a person's name: "Lula da Silva", "Ursula von der Leyen".
const PARTICLE = /^(?:da|de|do|dos|das|di|van|von|der|bin|al)$/u;
// Words of an institution or a text, never of a person's name.
const NOT_NAME =
  /^(?:ministry|government|embassy|office|council|republic|federation|kremlin|palace|house|summit|statement|declaration|union|group|prime|in|on|at|after|both|they|this|the|a|an|and|but|en|la|le|el|los|les|die|der|das|и|в)$/iu;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w);
const bare = (w: string) => w.replace(POSSESSIVE, '');

function adjectiveState(word: string): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(word))
    return /^\p{Ll}/u.test(word) ? russianAdjectiveState(word) : undefined;
  const languages: TextLanguage[] = ['en', 'fr', 'es', 'de', 'it', 'pt'];
  for (const language of languages) {
    const code = stateOfAdjective(word, language);
    if (code) return code;
  }
  return undefined;
}

const pairs = new WeakMap<Analysed, Map<number, string>>();

// Adjectives of two words ("North Korean", "South African", "New Zealand"), by the start of
// each of their words: one word alone names no state, or another one.
function twoWordAdjectives(a: Analysed): Map<number, string> {
  const known = pairs.get(a);
  if (known) return known;
  const found = new Map<number, string>();
  const words = wordsOf(a.sentence.text);
  words.forEach((w, k) => {
    const next = words[k + 1];
    if (!next || !isCapitalised(w.text) || a.sentence.text.slice(w.end, next.start) !== ' ') return;
    const code = adjectiveState(`${w.text} ${bare(next.text)}`);
    if (code) found.set(w.start, code).set(next.start, code);
  });
  pairs.set(a, found);
  return found;
}

/** The state a word of `a` names, as a state's name or an adjective of nationality. */
function stateOf(a: Analysed, w: Word): string | undefined {
  const item = a.items.find((i) => i.kind === 'state' && i.start <= w.start && w.start < i.end);
  return item?.mention?.ids[0] ?? twoWordAdjectives(a).get(w.start) ?? adjectiveState(bare(w.text));
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));

const isTitleWord = (a: Analysed, w: Word) =>
  OFFICE.test(w.text) || FILLER.test(w.text) || stateOf(a, w) !== undefined;

/** Runs of words that may be a person's name: capitalised, with particles between them. */
function nameSpans(a: Analysed, words: Word[]): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const nameWord = (x: Word) =>
      isCapitalised(x.text) && !isTitleWord(a, x) && !NOT_NAME.test(bare(x.text));
    if (!nameWord(w)) {
      i += 1;
      continue;
    }
    let j = i;
    for (;;) {
      const next = words[j + 1];
      const gap = next ? a.sentence.text.slice((words[j] as Word).end, next.start) : '';
      if (next && gap === ' ' && nameWord(next) && !POSSESSIVE.test((words[j] as Word).text)) {
        j += 1;
        continue;
      }
      const after = words[j + 2];
      if (next && after && gap === ' ' && PARTICLE.test(next.text) && nameWord(after)) {
        j += 2;
        continue;
      }
      break;
    }
    spans.push([i, j]);
    i = j + 1;
  }
  return spans;
}

const nameTokens = (words: Word[], [i, j]: [number, number]) =>
  words
    .slice(i, j + 1)
    .map((w) => bare(w.text).toLowerCase())
    .filter((t) => !PARTICLE.test(t));

// The words of a title beside a name, going one way while they are office words, fillers or
// states with nothing but spaces, commas, brackets and the dots of abbreviations between them.
function titleBeside(a: Analysed, words: Word[], start: { from: number; step: 1 | -1 }): Word[] {
  const { from, step } = start;
  const title: Word[] = [];
  for (let k = from; k >= 0 && k < words.length; k += step) {
    const w = words[k] as Word;
    const near = words[k - step] as Word;
    const gap =
      step === 1
        ? a.sentence.text.slice(near.end, w.start)
        : a.sentence.text.slice(w.end, near.start);
    // "Deputy Prime Minister and Foreign Minister": "and" between two offices is the title's.
    const joinsOffices =
      AND.test(w.text) && OFFICE.test((words[k + step] as Word | undefined)?.text ?? '');
    if (!/^[\s,.()]*$/u.test(gap) || !(isTitleWord(a, w) || joinsOffices)) break;
    title.push(w);
  }
  return title;
}

// The one state a title names, when it holds an office, or when `stateAlone` is enough ("of
// Brazil", "(Japan)", "Japan's").
function titleState(a: Analysed, title: Word[], stateAlone: boolean): string | undefined {
  const states = new Set(title.flatMap((w) => stateOf(a, w) ?? []));
  if (states.size !== 1) return undefined;
  return title.some((w) => OFFICE.test(w.text)) || stateAlone ? [...states][0] : undefined;
}

/** The people the text names with their state, each once. */
export function peopleOf(analysed: Analysed[]): Person[] {
  const found = new Map<string, string | null>();
  for (const a of analysed) {
    const words = wordsOf(a.sentence.text);
    for (const span of nameSpans(a, words)) {
      const [i, j] = span;
      const before = titleBeside(a, words, { from: i - 1, step: -1 });
      const after = titleBeside(a, words, { from: j + 1, step: 1 });
      const last = words[j] as Word;
      const possessive = before.length === 1 && POSSESSIVE.test((before[0] as Word).text);
      const rest = a.sentence.text.slice(last.end);
      const ofOrBracket = /^(?:\s+(?:of|de|du|d['’]|del)\s*|\s*\()/u.test(rest);
      // A leader of the table before a title after the name, which may be the next person's:
      // "… Alexander Stubb, dai primi ministri italiano Giorgia Meloni".
      const code =
        titleState(a, before, possessive) ??
        leaderState(
          words.slice(i, j + 1).map((w) => bare(w.text)),
          before.some((w) => OFFICE.test(w.text)),
        ) ??
        titleState(
          a,
          after,
          ofOrBracket && after.every((w) => FILLER.test(w.text) || stateOf(a, w) !== undefined),
        );
      if (!code) continue;
      const key = nameTokens(words, span).join(' ');
      const known = found.get(key);
      found.set(key, known === undefined || known === code ? code : null);
    }
  }
  return [...found].flatMap(([key, code]) => (code ? [{ tokens: key.split(' '), code }] : []));
}

// Russian names change their ending by case: "Путин", "Путиным".
const sameToken = (a: string, b: string) =>
  a === b ||
  (/\p{Script=Cyrillic}/u.test(a) &&
    Math.min(a.length, b.length) >= 4 &&
    Math.abs(a.length - b.length) <= 2 &&
    (a.startsWith(b) || b.startsWith(a)));

/** The one person every word of a name belongs to, or undefined. */
function personNamed(people: Person[], tokens: string[]): Person | undefined {
  const matches = people.filter((p) => tokens.every((t) => p.tokens.some((q) => sameToken(t, q))));
  const codes = new Set(matches.map((p) => p.code));
  return codes.size === 1 ? matches[0] : undefined;
}

const AND = /^(?:and|et|y|e|und|sowie|и|nonché|nonche)$/iu;
// Before the first of the subjects: the start of the sentence or of a clause, or a short
// opening phrase with no name in it ("По итогам встречи", "Am Montag").
const CLAUSE_START = /(?:^|[,;:—–(«"“]|\b(?:that|que|dass)|что)\s*$/u;
const OPENING_PHRASE = /^(?:\p{L}+\s+){1,4}$/u;
const opensClause = (before: string) =>
  CLAUSE_START.test(before) ||
  (OPENING_PHRASE.test(before) && !/\s\p{Lu}/u.test(before) && !NOT_BEFORE_VERB.test(before));
const SIGNED_AFTER =
  /^[\s,]*(?:\([^)]*\)\s*)?(?:(?:have|has|had|also|jointly|together|both|today|haben|hatten|ont|han|также|совместно)\s+)*(?:[^\s,.;:]+\s+){0,5}?(?<verb>signed|adopted|issued|released|endorsed|agreed|said|stated|declared|affirmed|reaffirmed|outlined|called|urged|expressed|warned|stressed|emphasi[sz]ed|underscored|announced|pledged|condemned|sign|adopt|issue|release|declare|reaffirm|signé|adopté|publié|déclaré|réaffirmé|souligné|annoncé|signent|adoptent|déclarent|réaffirment|firmaron|suscribieron|adoptaron|emitieron|declararon|afirmaron|reafirmaron|renovaron|acordaron|destacaron|firman|suscriben|reafirman|firmado|unterzeichneten|unterschrieben|verabschiedeten|erklärten|bekräftigten|betonten|veröffentlichten|подписали|приняли|заявили|подтвердили|выпустили|договорились|подчеркнули|обнародовали|опубликовали|распространили)(?![\p{L}])/iu;
// Words the intervening stretch before the verb may not hold: another party or another act.
const NOT_BEFORE_VERB =
  /(?<![\p{L}])(?:with|met|avec|con|mit|с|встретил\p{L}*|rencontr\p{L}*|trafen)(?![\p{L}])/iu;

// German puts the verb before its subjects after an opening phrase: "In einer gemeinsamen
// Erklärung heben Präsident Macron, … und Präsident Stubb hervor".
const IN_TEXT_VERB = new RegExp(`${GERMAN_TEXT_VERB.source}\\s*$`, 'u');

// The signers as the agent of a passive verb of signing, or as the senders of a text, before
// them in the clause: "signed by", "unterzeichnet wurde die Erklärung von", "signée par", "a
// reçu l'aval du premier ministre Carney, du président Macron", "firmada por", "Absender des
// Schreibens sind (neben Merz)". Other names may stand between the cue and the first person the
// text ties to a state: a non-state co-signer, a bare surname.
const AGENT_BEFORE =
  /(?<![\p{L}])(?:(?:signed|issued|endorsed)(?:\s+\p{L}+)?\s+by|(?:statement|declaration|communiqu[eé]|letter)(?:\s+(?:on|about)\s+[^.:;,]{1,60}?)?\s+(?:by|between)|(?:declaraci[oó]n|comunicado|declaração|dichiarazione|comunicato|déclaration|communiqué)(?:\s+(?:conjunt[oa]|congiunt[oa]|commune|conjointe?))?\s+(?:de|entre|di|tra|fra|del|della|dei|degli|du|des|do|da|dos)|(?:unterzeichnet|unterschrieben|verabschiedet)(?:\s+\p{L}+){0,4}?\s+von|^(?:Unterzeichnet|Unterschrieben)\s+(?:haben|hatten|hat)(?:\s+(?:die|den|das)\s+\p{L}+)?|(?:signée?s?|adoptée?s?|approuvée?s?|endossée?s?)(?:\s+\p{L}+)?\s+par|(?:a|ont)\s+reçu\s+l['’](?:aval|appui|approbation)\s+d(?:e|u|es)|(?:firmad[oa]s?|suscrit[oa]s?|adoptad[oa]s?|assinad[oa]s?|subscrit[oa]s?)(?:\s+\p{L}+)?\s+(?:por|pel[oa]s?)|(?:firmat[oaie]|sottoscritt[oaie]|adottat[oaie])(?:\s+\p{L}+)?\s+(?:da|dal|dalla|dai|dagli|dalle)|(?:Absender|Unterzeichner)\p{L}*(?:\s+\p{L}+){0,3}\s+(?:sind|waren)|(?:signatories|signataires|firmantes|signatários|firmatari)(?:\s+\p{L}+){0,3}?\s+(?:are|include|were|sont|figurent|son|están|figuran|estão|figuram|sono|figurano))(?![\p{L}])/iu;
// Another passive verb or agent between the cue and the names: "signed by A, was welcomed by B".
const OTHER_VERB =
  /(?<![\p{L}])(?:was|were|by|wurde|wurden|par(?!\s+exemple)|a\s+été|ont\s+été|por(?!\s+(?:exemplo|ejemplo))|fue|fueron)(?![\p{L}])/iu;
// How far, within its clause, an agent cue reaches over the names it lists.
const AGENT_REACH = 300;

function agentsFrom(text: string, opening: number): boolean {
  const cue = AGENT_BEFORE.exec(text);
  if (!cue || cue.index >= opening) return false;
  const stretch = text.slice(cue.index + cue[0].length, opening);
  return stretch.length <= AGENT_REACH && !/[.;:!?]/u.test(stretch) && !OTHER_VERB.test(stretch);
}

// Leaders who attended, named in the text's count of those who signed: "Étaient présents le
// président ivoirien A, le président sénégalais B et le président togolais C. Les trois chefs
// d'État ont adopté …".
const PRESENT = new RegExp(
  `${ATTENDANCE.source}|(?<![\\p{L}])(?:[ée]taient\\s+présents|en\\s+présence\\s+d|waren\\s+anwesend|anwesend\\s+waren|estaban\\s+presentes)`,
  'iu',
);

// "At the close, the meeting adopted and released the Joint Statement of …": those present are
// its parties, as a count of the signers would say.
const MEETING_ADOPTED =
  /(?<![\p{L}])(?:meeting|talks|summit|participants)\s+(?:\p{L}+\s+){0,2}?(?:adopted|issued|released|approved)(?:\s+and\s+\p{L}+)?\s+(?:a|the)\s+(?:\p{L}+\s+){0,2}?(?:statement|declaration|communiqu[eé])/iu;

const ABOUT_STATEMENT = new RegExp(
  `${DECLARATION_NOUN.source}|erklärung|kommuniqué|stellungnahme|memorandum`,
  'iu',
);

/**
 * Adds to `found` the states of people named as the signers of a statement in `sentences`, by
 * whom `analysed`, the whole story, ties to a state.
 */
export function collectPersonSigners(
  found: Signers,
  analysed: Analysed[],
  sentences: Analysed[],
): void {
  const people = peopleOf(analysed);
  if (people.length < 2) return;
  const counts = new Set(analysed.flatMap((a) => statedCount(a.sentence.text)?.count ?? []));
  const adopted = analysed.some((a) => MEETING_ADOPTED.test(a.sentence.text));
  for (const a of sentences) {
    const text = a.sentence.text;
    const present = PRESENT.test(text);
    if (!ABOUT_STATEMENT.test(text) && !AGENT_BEFORE.test(text) && !present) {
      continue;
    }
    const words = wordsOf(text);
    // German capitalises every noun: "den Brief Merkel und Macron" is the name after "Brief".
    const refs = nameSpans(a, words).flatMap(([i, j]) => {
      for (let k = i; k <= j; k += 1) {
        const span: [number, number] = [k, j];
        const person = personNamed(people, nameTokens(words, span));
        if (person) return [{ span, person }];
      }
      return [];
    });
    let run: typeof refs = [];
    const close = () => {
      const head = run[0];
      const last = run[run.length - 1];
      if (head && last) {
        const start = (words[head.span[0]] as Word).start;
        const lead = titleBeside(a, words, { from: head.span[0] - 1, step: -1 });
        const opening = lead.length > 0 ? (lead[lead.length - 1] as Word).start : start;
        const rest = text.slice((words[last.span[1]] as Word).end);
        const verb = SIGNED_AFTER.exec(rest);
        const codes = new Set(run.map((r) => r.person.code));
        const agents =
          codes.size >= 2 &&
          (agentsFrom(text, opening) || (present && (counts.has(codes.size) || adopted)));
        const subjects =
          codes.size >= 2 &&
          (IN_TEXT_VERB.test(text.slice(0, opening)) ||
            (opensClause(text.slice(0, opening)) &&
              verb !== null &&
              !NOT_BEFORE_VERB.test(verb[0]) &&
              !DECLARATION_NOUN.test(
                verb[0].slice(0, verb[0].length - (verb.groups?.verb?.length ?? 0)),
              )));
        if (agents || subjects) {
          for (const r of run) {
            const from = (words[r.span[0]] as Word).start;
            addState(found, r.person.code, a.at(from, (words[r.span[1]] as Word).end));
          }
        }
      }
      run = [];
    };
    for (const ref of refs) {
      const previous = run[run.length - 1];
      if (previous) {
        const between = words.slice(previous.span[1] + 1, ref.span[0]);
        const gap = text
          .slice((words[previous.span[1]] as Word).end, (words[ref.span[0]] as Word).start)
          .replace(/\([^)]*\)/gu, '');
        const joined =
          /^[\s,.]*$/u.test(gap.replace(/[\p{L}\p{M}'’-]+/gu, '')) &&
          between.every(
            (w, k) =>
              AND.test(w.text) ||
              isTitleWord(a, w) ||
              inBrackets(text, w) ||
              titledNonState(between, k),
          );
        if (!joined) close();
      }
      run.push(ref);
    }
    close();
  }
}

// "…, Präsidentin von der Leyen und Präsident Stubb": a name after an office, someone who signs
// for no state, between two who do.
const titledNonState = (between: Word[], k: number) =>
  isCapitalised(between[k]?.text ?? '') &&
  between.slice(0, k).some((w) => OFFICE.test(w.text)) &&
  between.slice(0, k + 1).every((w) => !AND.test(w.text));

const inBrackets = (text: string, w: Word) =>
  text.lastIndexOf('(', w.start) > text.lastIndexOf(')', w.start);

// "Rubio and his counterparts from Japan, Australia and India put out a joint statement",
// "Erklärung von Außenministerin Baerbock und den Außenministern von Ägypten, …": the person
// whose counterparts are listed signs with them.
const COUNTERPARTS_OF =
  /(\p{Lu}[\p{L}'’-]+)\s+(?:and|et|y|e|und)\s+(?:(?:his|her|their|ses|sus|seus|suas|seine[nr]?|ihre[nr]?|i\s+suoi|le\s+sue)\s+(?:counterparts|homologues|homólog[oa]s|pares|Amtskolleg\p{L}*|omologhi)|(?:the|den|die|les|los|las|i|gli|os)\s+(?:foreign\s+ministers|Außenministern?|ministres\s+des\s+Affaires\s+étrangères|cancilleres|ministros\s+de\s+(?:Relaciones|Asuntos)\s+Exteriores|ministri\s+degli\s+(?:Esteri|Affari\s+esteri)|chanceleres))\s+(?:from|of|de|du|des|d['’]|aus|von|di|dei|da|do|dos)(?![\p{L}])/gu;

// "In a joint statement with the prime ministers of Malta, Slovenia and Spain, Leo Varadkar said":
// the speaker signs with those listed.
const JOINT_WITH_THEN_PERSON =
  /(?:[Ii]n|[Ww]ith)\s+a\s+joint\s+(?:statement|letter|declaration|communiqu[eé])\s+with\s+[^.;:]{1,200}?,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(\s+(?:said|says|stated|declared|wrote|added|called))/gu;

// "Outre Jean-Noël Barrot, la déclaration conjointe a été approuvée par les ministres … d'Andorre,
// …": the person the sentence sets beside the listed signers signs with them.
const BESIDES_PERSON =
  /^\s*(?:Besides|Apart\s+from|In\s+addition\s+to|Alongside|Outre|En\s+plus\s+de|Además\s+de|Aparte\s+de|Junto\s+a|Além\s+de|Neben|Außer|Oltre\s+a)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),/gu;

// "Xi met reporters together with Kazakh President …, Kyrgyz President …" beside "the six
// countries jointly signed": the person the listed signers stand with, one more than they.
const PERSON_TOGETHER_WITH =
  /(\p{Lu}[\p{L}'’-]+)\s+(?:[^.;:,]{0,40}?\s)?(?:together|along)\s+with(?![\p{L}])/gu;

// "Tony Blair, the prime minister, signed it together with Mr Aznar and with the leaders of …":
// the people who signed with the listed, before the list in its sentence.
const SIGNED_WITH_BEFORE =
  /(?<![\p{L}])(?:signed|co-?signed)(?:\s+(?:it|the\s+\p{L}+))?\s+(?:together\s+)?with(?![\p{L}])[^.;:]{0,80}?\s+with\s+the\s+(?:leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|presidents)\s+of\s*$/iu;

function signedWithListed(found: Signers, analysed: Analysed[], people: Person[]): string[] {
  const added: string[] = [];
  for (const a of analysed) {
    const text = a.sentence.text;
    const first = found.signatories.find((x) => x.evidence.sentence === text);
    const sentenceStart = first?.evidence.sentenceStart;
    if (!first || sentenceStart === undefined) continue;
    const start = first.evidence.start - sentenceStart;
    const before = text.slice(0, start);
    if (!SIGNED_WITH_BEFORE.test(before)) continue;
    const words = wordsOf(before);
    for (const [i, j] of nameSpans(a, words)) {
      const person = personNamed(people, nameTokens(words, [i, j]));
      if (!person || found.signatories.some((x) => x.code === person.code)) continue;
      addState(found, person.code, a.at((words[i] as Word).start, (words[j] as Word).end));
      added.push(person.code);
    }
  }
  return added;
}

function togetherWith(found: Signers, analysed: Analysed[], people: Person[]): string[] {
  const counts = new Set(analysed.flatMap((a) => statedCount(a.sentence.text)?.count ?? []));
  if (!counts.has(found.signatories.length + 1)) return [];
  for (const a of analysed) {
    const listed = found.signatories.filter((x) => x.evidence.sentence === a.sentence.text);
    if (listed.length < 2) continue;
    for (const m of a.sentence.text.matchAll(PERSON_TOGETHER_WITH)) {
      const person = personNamed(people, [(m[1] ?? '').toLowerCase()]);
      if (!person || found.signatories.some((x) => x.code === person.code)) continue;
      addState(found, person.code, a.at(m.index, m.index + (m[1]?.length ?? 0)));
      return [person.code];
    }
  }
  return [];
}

/**
 * Adds the state of the person a sentence about a statement names with "his counterparts from"
 * the states of a taken list, or as having signed "together with" them; nothing when no list was
 * taken or the person's state is unknown.
 */
export function addCounterpartsOf(found: Signers, analysed: Analysed[]): string[] {
  if (found.signatories.length === 0) return [];
  const people = peopleOf(analysed);
  const added: string[] = [
    ...togetherWith(found, analysed, people),
    ...signedWithListed(found, analysed, people),
  ];
  for (const a of analysed) {
    if (!ABOUT_STATEMENT.test(a.sentence.text)) continue;
    for (const m of a.sentence.text.matchAll(COUNTERPARTS_OF)) {
      const person = personNamed(people, [(m[1] ?? '').toLowerCase()]);
      if (!person || found.signatories.some((s) => s.code === person.code)) continue;
      addState(found, person.code, a.at(m.index, m.index + (m[1]?.length ?? 0)));
      added.push(person.code);
    }
    const named = [
      ...[...a.sentence.text.matchAll(JOINT_WITH_THEN_PERSON)].map((m) => ({
        name: m[1] ?? '',
        start: m.index + m[0].length - (m[1]?.length ?? 0) - (m[2]?.length ?? 0),
      })),
      ...[...a.sentence.text.matchAll(BESIDES_PERSON)].map((m) => ({
        name: m[1] ?? '',
        start: m.index + m[0].indexOf(m[1] ?? ''),
      })),
    ];
    for (const { name, start } of named) {
      const person = personNamed(
        people,
        name.split(/\s+/u).map((w) => w.toLowerCase()),
      );
      if (!person || found.signatories.some((s) => s.code === person.code)) continue;
      addState(found, person.code, a.at(start, start + name.length));
      added.push(person.code);
    }
  }
  return added;
}

// "Meloni scrive ai partner Med9", "Scholz writes to EU leaders": one person writes to others.
const WRITES_TO =
  /^\s*(?:writes|wrote|scrive|ha\s+scritto|écrit|a\s+écrit|escribe|escribió|schreibt|schrieb|escreve|escreveu|пишет|написал[аи]?)\s+(?:to|ai|agli|alle|all['’]|a|à|aux|al|a\s+los|an|den|die|aos|às)(?![\p{L}])/iu;
const LETTER =
  /(?<![\p{L}])(?:letter|lettera|missiva|lettre|carta|Brief|Schreiben|письм\p{L}*)(?![\p{L}])/iu;

/**
 * The state of the one person a headline says writes to others, when the story is about a
 * letter: its one signer, whoever the letter goes to or the story lists beside it.
 */
export function letterWriter(
  headline: Analysed | undefined,
  story: Analysed[],
): SoleAuthor | undefined {
  if (!headline || !story.some((a) => LETTER.test(a.sentence.text))) return undefined;
  const text = headline.sentence.text;
  const name = /^\s*((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/u.exec(text);
  const writes = name && WRITES_TO.exec(text.slice(name[0].length));
  if (!name?.[1] || !writes) return undefined;
  const tokens = name[1].split(/\s+/u).map((w) => w.toLowerCase());
  const person = personNamed(peopleOf([headline, ...story]), tokens);
  if (!person) return undefined;
  const start = name[0].length - name[1].length;
  return {
    code: person.code,
    evidence: headline.at(start, name[0].length),
    reason: `the headline's one writer '${name[1]}' ${writes[0].trim()}: the letter's one signer`,
  };
}
