import { stateOfCapital } from '../resolve/capitals';
import { stateOfAdjective } from '../resolve/demonyms';
import type { TextLanguage } from '../resolve/country-names';
import type { Analysed } from './analysed';
import type { Signers } from './collect-signers';
import { addState } from './collect-signers';
import { namesTwoParties } from './counts';
import { BACKGROUND, DECLARATION_NOUN, signedOnRelations } from './cues';
import { isPlace } from './signers';

// "met her counterpart", "son homologue", "su homólogo", "seinem Amtskollegen", "коллегой".
// Plural counterparts ("seine Amtskollegen aus den Nachbarländern …") are more than one party.
const COUNTERPART =
  /(?<![\p{L}])(?:counterpart|homologue|homólog[oa]|(?<!(?:seine|ihre|die|der)\s+)Amtskolleg(?:e|en|in)|коллег(?:ой|а|у|е))(?![\p{L}])/iu;

// "the meeting between the PM and the Taoiseach", "l'entretien entre", "переговоры между".
const MEETING_BETWEEN =
  /(?<![\p{L}])(?:meeting|talks|call|conversation|summit|entretien|rencontre|sommet|reunión|encuentro|cumbre|Treffen|Gespräch|Gipfel|встреч\p{L}*|переговор\p{L}*|vertice|incontro|colloquio|colazione|riunione|reunião|encontro|cimeira|cúpula)(?:\s+[\p{Ll}]+){0,2}\s+(?:between|entre|zwischen|между|tra|fra)(?![\p{L}])/iu;

// "the three countries", "les trois pays", "los tres países", "die drei Staaten", "трёх стран":
// how many parties a small joint text has, when it says so.
const PARTY_WORDS: [RegExp, number][] = (
  [
    ['three|trois|tres|drei|три|трех|трёх', 3],
    ['four|quatre|cuatro|vier|четыре|четырех|четырёх', 4],
  ] as const
).map(([words, n]) => [
  new RegExp(
    `(?<![\\p{L}])(?:the|all|les|des|los|las|die|der|den)?\\s*(?:${words})\\s+(?:(?!other|weitere|autres|otros|outros|altri|andere|други)[\\p{L}-]+\\s+)?(?:countries|leaders|Regierungschefs|Staatschefs|Ministerpräsidenten|states|sides|parties|governments|ministers|delegations|nations|pays|États|gouvernements|parties|ministres|délégations|países|naciones|Estados|gobiernos|cancilleres|delegaciones|Staaten|Länder|Ländern|Regierungen|Minister|Delegationen|стран\\p{L}*|сторон\\p{L}*|государств\\p{L}*|министр\\p{L}*|делегаци\\p{L}*)(?![\\p{L}])`,
    'iu',
  ),
  n,
]);

/**
 * How many parties a small joint text says it has: "the three countries", "die drei baltischen
 * Regierungschefs", or two.
 */
export function statedParties(current: Analysed[]): number | undefined {
  const texts = current.map((a) => a.sentence.text);
  for (const [pattern, n] of PARTY_WORDS) if (texts.some((t) => pattern.test(t))) return n;
  const two = texts.some(
    (t) =>
      namesTwoParties(t) || COUNTERPART.test(t) || MEETING_BETWEEN.test(t) || signedOnRelations(t),
  );
  return two ? 2 : undefined;
}

// Two states named as one pair, the subject of the text: "The UK and Ireland are committed".
// "Italia-Francia", "Italy–France": a pair joined by a dash, as summits are named.
const PAIR_GAP =
  /^(?:\s*(?:and|et|y|e|und|и)\s+(?:the\s+|l['’]|la\s+|le\s+|el\s+)?|\s?[-–—]\s?)$/iu;

// The adjective of the counterpart's state: "his Turkish counterpart", "son homologue turc",
// "su homólogo chileno", "seinem türkischen Amtskollegen".
const COUNTERPART_ADJECTIVE: [TextLanguage, RegExp][] = [
  ['en', /(?<![\p{L}])(?:his|her|their|its)\s+(\p{Lu}\p{L}+)\s+counterparts?(?![\p{L}])/gu],
  ['fr', /(?<![\p{L}])(?:son|sa|leur|ses)\s+homologues?\s+(\p{Ll}+)(?![\p{L}])/gu],
  ['es', /(?<![\p{L}])(?:su|sus)\s+homólog[oa]s?\s+(\p{Ll}+)(?![\p{L}])/gu],
  ['de', /(?<![\p{L}])(?:seine[mnr]?|ihre[mnr]?)\s+(\p{L}+?)(?:en|e|er)?\s+Amtskolleg\p{L}*/gu],
];

// A meeting the text reports, where a capital is its venue: "met … in Canberra", "talks in
// Ankara", "réunis à Paris", "reunidos en Lima", "Treffen in Berlin".
const MEETING =
  /(?<![\p{L}])(?:met|meet|meeting|talks|visit\p{L}*|hosted|consultations|dialogue|counterparts?|réuni\p{L}*|rencontr\p{L}*|entretien\p{L}*|visite|reuni\p{L}*|encuentro|visita|Treffen|Gespräch\p{L}*|Besuch\p{L}*|trafen|встреч\p{L}*|переговор\p{L}*|визит\p{L}*)(?![\p{L}])/iu;
const VENUE_BEFORE = /(?<![\p{L}])(?:in|at|à|en|im)\s+$/iu;

// The states a text names as actors; "the visit to Niger", "the situation in Venezuela" are
// places.
function actors(current: Analysed[]) {
  return current.flatMap((a) =>
    a.items
      .filter((i) => i.kind === 'state' && !isPlace(a.sentence.text, i.start))
      .filter((i) => !EXAMPLES.test(a.sentence.text.slice(Math.max(0, i.start - 40), i.start)))
      .map((i) => ({ a, i, code: i.mention?.ids[0] ?? '' })),
  );
}

// "Abschiebungen … in Staaten wie Syrien und Afghanistan": examples, not actors.
const EXAMPLES =
  /(?<![\p{L}])(?:such\s+as|like|wie|comme|tels?\s+que|como|tales\s+como|come|такие\s+как|таких\s+как)\s+(?:[\p{L}-]+(?:,\s*|\s+(?:and|und|et|y|e|и)\s+))*$/iu;

type Party = { code: string; a: Analysed; start: number; end: number; why: string };

// Capitalised words, one to three, as a capital's name may run: "Canberra", "New Delhi",
// "Washington, D.C.".
const CAPITALISED = /\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,2}/gu;

function capitalsIn(a: Analysed, options: { dateline: boolean }): Party[] {
  const text = a.sentence.text;
  const found: Party[] = [];
  for (const run of text.matchAll(CAPITALISED)) {
    // The longest leading words that name a capital: "Canberra Talks" is Canberra.
    const words = run[0].split(/(?<=\S)(?=,?\s)/u);
    const name = words
      .map((_, k) => words.slice(0, words.length - k).join(''))
      .flatMap((n) => [n, n.replace(/\.$/, '')])
      .find((n) => stateOfCapital(n) !== undefined);
    const code = name && stateOfCapital(name);
    if (!name || !code) continue;
    const start = run.index;
    const end = start + name.length;
    if (a.items.some((i) => i.start < end && i.end > start)) continue;
    const venue =
      VENUE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && MEETING.test(text);
    const dateline =
      options.dateline && /^\s*$/.test(text.slice(0, start)) && /^\s*[,(–—-]/.test(text.slice(end));
    if (venue || dateline) found.push({ code, a, start, end, why: `the meeting's venue, ${name}` });
  }
  return found;
}

function counterpartsIn(a: Analysed): Party[] {
  return COUNTERPART_ADJECTIVE.flatMap(([language, pattern]) =>
    [...a.sentence.text.matchAll(pattern)].flatMap((m) => {
      const word = m[1] ?? '';
      const code = stateOfAdjective(word, language) ?? stateOfAdjective(`${word}e`, language);
      const start = m.index + m[0].indexOf(word);
      return code
        ? [{ code, a, start, end: start + word.length, why: `the counterpart, ${word}` }]
        : [];
    }),
  );
}

/**
 * The parties of a small joint text ("the two ministers", "les trois pays") that names all but
 * one of them: the last is the counterpart its adjective names ("met his Turkish counterpart")
 * or the host whose capital is the venue of the meeting reported ("talks in Ankara", a dateline
 * "Canberra, 12 May"). Taken only when the text names no other state as an actor and gives one
 * such party. A two-party text that names both states as a pair takes the pair.
 */
export function addBilateralParties(found: Signers, story: Analysed[], all: Analysed[]): void {
  const current = story.filter((a) => !BACKGROUND.test(a.sentence.text));
  if (found.signatories.length === 0 && addJointWith(found, all)) return;
  const parties = statedParties(current);
  if (!parties || !all.some((a) => DECLARATION_NOUN.test(a.sentence.text))) return;
  const named = actors(current);
  const codes = new Set(named.map((n) => n.code));
  if (found.signatories.some((s) => !codes.has(s.code))) return;
  if (parties === 2 && codes.size === 2) {
    addPair(found, current, codes);
    return;
  }
  if (parties === 2 && codes.size <= 1 && addOfficeAdjectives(found, current, codes)) return;
  if (codes.size !== parties - 1) return;
  // A dateline stands in the first lines: "Canberra, 12 May 2023", "ANKARA (Reuters) -".
  const opening = new Set(all.slice(0, 6));
  const others = [
    ...current.flatMap(counterpartsIn),
    ...all.flatMap((a) => capitalsIn(a, { dateline: opening.has(a) })),
  ].filter((p) => !codes.has(p.code) && !BACKGROUND.test(p.a.sentence.text));
  const other = others[0];
  if (!other || others.some((p) => p.code !== other.code)) return;
  for (const { a, i, code } of named) addState(found, code, a.at(i.start, i.end));
  const evidence = other.a.at(other.start, other.end);
  addState(found, other.code, evidence);
  found.warnings.push({ message: `read ${other.code} as a party: ${other.why}`, evidence });
}

// An office and the adjective of its state, in the languages that put the adjective after the
// office: "le ministre italien", "el presidente chileno", "il ministro francese".
const OFFICE_ADJECTIVE: [TextLanguage, RegExp][] = (
  [
    ['fr', "(?:ministre|président|présidente|chancelier|chancelière|chef\\s+de\\s+l['’]État)"],
    ['es', '(?:ministr[oa]|president[ea]|canciller|mandatari[oa])'],
    ['it', '(?:ministr[oa]|presidente|premier|cancelliere)'],
  ] as const
).map(([language, office]) => [
  language,
  new RegExp(`(?<![\\p{L}])${office}\\s+(\\p{Ll}+)(?![\\p{L}])`, 'gu'),
]);

// A bilateral text that names its two parties by their officials' adjectives ("Le ministre
// italien …, et le ministre français …. Les deux ministres …"): those two states, when they
// include any the text names.
function addOfficeAdjectives(found: Signers, current: Analysed[], named: Set<string>): boolean {
  const parties = new Map<string, Party>();
  for (const a of current) {
    for (const [language, pattern] of OFFICE_ADJECTIVE) {
      for (const m of a.sentence.text.matchAll(pattern)) {
        const word = m[1] ?? '';
        const code = stateOfAdjective(word, language);
        const start = m.index + m[0].lastIndexOf(word);
        if (code && !parties.has(code)) {
          parties.set(code, { code, a, start, end: start + word.length, why: word });
        }
      }
    }
  }
  if (parties.size !== 2 || [...named].some((code) => !parties.has(code))) return false;
  for (const p of parties.values()) addState(found, p.code, p.a.at(p.start, p.end));
  return true;
}

const DISPUTE_AFTER =
  /^\s+(?:border\s+|maritime\s+|territorial\s+)?(?:border|frontier|controversy|dispute|conflict|war|crisis|tensions?|standoff|row)(?![\p{L}])/iu;

// "España reafirma su posición … en una declaración conjunta con Marruecos", "Spain, in a joint
// statement with Morocco, …": the sentence's first state and the one it issued the text with.
const JOINT_TEXT_WITH =
  /(?<![\p{L}])(?:in|en|dans|em|na|nella|in\s+einer)\s+(?:a|une|una|uma|einer)\s+(?:joint\s+(?:statement|declaration|communiqu[eé])|déclaration\s+commune|communiqué\s+conjoint|declaraci[oó]n\s+conjunta|comunicado\s+conjunto|declaração\s+conjunta|dichiarazione\s+congiunta|gemeinsamen\s+Erklärung)\s+(?:with|avec|con|com|mit)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+)?$/iu;

function addJointWith(found: Signers, all: Analysed[]): boolean {
  for (const a of all) {
    const states = a.items.filter((i) => i.kind === 'state');
    const [first] = states;
    const partner = states.find((i) =>
      JOINT_TEXT_WITH.test(a.sentence.text.slice(Math.max(0, i.start - 80), i.start)),
    );
    const opens =
      first &&
      /^\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+)?$/iu.test(
        a.sentence.text.slice(0, first.start),
      );
    if (!first || !partner || partner === first || !opens) continue;
    for (const item of [first, partner]) {
      addState(found, item.mention?.ids[0] ?? '', a.at(item.start, item.end));
    }
    return true;
  }
  return false;
}

// A bilateral text that names two states, once as a pair: the pair are its parties.
function addPair(found: Signers, current: Analysed[], codes: Set<string>): void {
  for (const a of current) {
    const states = a.items.filter((i) => i.kind === 'state');
    for (const [k, left] of states.entries()) {
      const right = states[k + 1];
      const pair = [left, right].map((i) => i?.mention?.ids[0]);
      if (!right || pair[0] === pair[1] || !pair.every((c) => c && codes.has(c))) continue;
      if (!PAIR_GAP.test(a.sentence.text.slice(left.end, right.start))) continue;
      // "the Guyana-Venezuela border controversy": a dispute between the two, not their text.
      if (DISPUTE_AFTER.test(a.sentence.text.slice(right.end))) continue;
      // "between X and Y" is a place's preposition, but names the parties of a title on relations.
      if (isPlace(a.sentence.text, left.start) && !signedOnRelations(a.sentence.text)) continue;
      for (const item of [left, right]) {
        addState(found, item.mention?.ids[0] ?? '', a.at(item.start, item.end));
      }
      return;
    }
  }
}

/**
 * A joint text that counts three or more parties ("las tres naciones"), all but one of them
 * taken as signers, and names just one other state as an actor: that state is the last party.
 */
export function completeCountedParties(found: Signers, story: Analysed[]): void {
  const current = story.filter((a) => !BACKGROUND.test(a.sentence.text));
  const parties = statedParties(current);
  if (!parties || parties < 3 || found.signatories.length !== parties - 1) return;
  const named = actors(current);
  const codes = new Set(named.map((n) => n.code));
  if (codes.size !== parties || found.signatories.some((s) => !codes.has(s.code))) return;
  // "the dispute with Ethiopia over the dam": the party the signers are at odds with.
  const opposite = named.some(
    (n) =>
      !found.signatories.some((s) => s.code === n.code) &&
      AT_ODDS_WITH.test(n.a.sentence.text.slice(Math.max(0, n.i.start - 60), n.i.start)),
  );
  if (opposite) return;
  for (const { a, i, code } of named) addState(found, code, a.at(i.start, i.end));
}

const AT_ODDS_WITH =
  /(?<![\p{L}])(?:dispute|disputes|talks|negotiations?|negotiating|conflict|tensions?|differences|row|standoff|différend|conflit|négociations?|disputa|conflicto|negociaciones|negociando|Streit|Konflikt|Verhandlungen|спор\p{L}*|конфликт\p{L}*|переговор\p{L}*)\s+(?:with|avec|con|mit|с)\s+(?:the\s+)?$/iu;
