import type { GroupMembers } from '../resolve/group-members';
import {
  BACKWARD_CUES,
  CUE_WORDS,
  DATE_WORDS,
  DECLARATION_NOUN,
  FORWARD_CUES,
  STATEMENT_PRONOUN,
  VERB_CUES,
  LIST_WORDS,
  NEGATION,
  OBSERVERS,
  OFFICE_LINE,
  OFFICE_TAIL,
  PARTIAL,
  PLACE_PREPOSITIONS,
  SIGNATURE_LINE,
  STANDING_IN,
  ABBREVIATION,
} from './cues';
import { JOIN_CLAUSE } from './join-clauses';
import { ALIGNMENT_LABEL, BESIDES_OPENING, OWN_STATEMENTS_AFTER } from './list-cues';

/** A name in a sentence as the signer search sees it (offsets within the sentence). */
export type Item = {
  kind: 'state' | 'ambiguous' | 'signer' | 'group' | 'other';
  start: number;
  end: number;
  /** The group of group-members.yaml a group's or organization's name stands for. */
  group?: GroupMembers;
};

/** What one signer list holds: indexes into the items, gaps to read for unknown names. */
export type SignerList = {
  items: number[];
  gaps: [number, number][];
  /** After the last known name, the rest of the list, where unknown names may stand. */
  tail: [number, number] | null;
  partial: boolean;
  cueEnd: number;
};

const MAX_GAP_WORDS = 14;

// Parentheses and "in particular" never end a list; partial markers are read separately.
function gapWords(gap: string): string[] {
  const plain = gap
    .replace(/\([^)]{0,80}\)/g, ' ')
    .replace(new RegExp(PARTIAL.source, 'giu'), ' ')
    .replace(JOIN_CLAUSE, ' ')
    .replace(STANDING_IN, ' ')
    .replace(ALIGNMENT_LABEL, ' ')
    .replace(ABBREVIATION, ' ')
    .replace(/(?<![\p{L}])in particular(?![\p{L}])/giu, ' ');
  return (plain.match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((w) => w.replace(/['’]$/, ''));
}

function gapFits(gap: string, options: { first: boolean; words: Set<string> }): boolean {
  if (/[.!?]\s/.test(gap.replace(ABBREVIATION, ' ')) || (!options.first && gap.includes(':')))
    return false;
  const words = gapWords(gap);
  if (words.length > MAX_GAP_WORDS) return false;
  return words.every((word, i) => {
    // "BONN, Germany Feb 16 The United States": a date between two names parts them.
    if (!options.first && DATE_WORDS.test(word)) return false;
    if (/^\p{Lu}/u.test(word) || /^\d/.test(word))
      return !PLACE_PREPOSITIONS.has(word.toLowerCase());
    const lower = word.toLowerCase();
    // "with" joins signers only as "together with", "along with".
    if (lower === 'with' || lower === 'с') {
      return /^(?:together|along|jointly|вместе|совместно|наряду)$/i.test(words[i - 1] ?? '');
    }
    return options.words.has(lower) || LIST_WORDS.has(lower);
  });
}

/**
 * A state is a place or a subject when a preposition leads to it: "the situation in Myanmar",
 * "talks in Vienna, Austria", "against Ukraine"; "On Monday, Russia" is a date, not a place.
 */
export function isPlace(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const match =
    /(?:^|[^\p{L}])([\p{L}]+)\s+(?:(?:the|la|le|les|el|los|las|der|die|das)\s+)?((?:[\p{Lu}][\p{L}'’-]*\s*,?\s*){0,3})$/u.exec(
      before,
    );
  if (!match?.[1] || !PLACE_PREPOSITIONS.has(match[1].toLowerCase())) return false;
  const names = (match[2] ?? '').match(/[\p{L}'’-]+/gu) ?? [];
  return !names.some((w) => DATE_WORDS.test(w));
}

function take(sentence: string, item: Item): 'take' | 'pass' | 'stop' {
  // A group whose members are known stands for them: "the GCC and the United States said".
  if (item.group) return 'take';
  if (item.kind === 'group') return 'pass';
  if (item.kind === 'other') return 'pass';
  // "25 of the 27 EU member states": the states, not the organization, and unnamed.
  if (item.kind === 'signer' && MEMBERS_AFTER.test(sentence.slice(item.end))) return 'pass';
  // "the final communique of the Switzerland peace summit": a state naming an event is no signer.
  if (item.kind === 'state' && NAMES_EVENT.test(sentence.slice(item.end))) return 'stop';
  return isPlace(sentence, item.start) ? 'stop' : 'take';
}

const NAMES_EVENT =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:summit|meeting|conference|talks|forum|session|visit|war|crisis|conflict)(?![\p{L}])/u;

const MEMBERS_AFTER =
  /^\s+(?:member\s+states|members|member\s+countries|countries|states|государств|стран|États\s+membres|Estados\s+miembros|Mitgliedstaaten)(?![\p{L}])/iu;

// A state right after a group's name is part of that name: "the Core Group on Sri Lanka".
function namesGroup(previous: Item | undefined, at: { gap: string; pos: number }): boolean {
  return (
    previous?.kind === 'group' &&
    previous.end === at.pos &&
    /^\s+(?:on|of|for|in)\s+(?:the\s+)?$/iu.test(at.gap)
  );
}

const VAGUE_PART =
  /^\s*(?:,\s*)?(?:and\s+)?(?:most|many|several|some|other|a\s+number)\s+(?:of\s+(?:the\s+)?)?$/iu;
const MEMBERS_NOUN = /^(?:\s+member)?\s+(?:states|countries|nations|members)(?![\p{L}])/iu;

// "put their names to it: those of Kyrgyzstan, …": the signers' leaders, before their states.
const THOSE = new Set(['those']);

function forward(sentence: string, items: Item[], cueEnd: number): SignerList {
  const list: SignerList = { items: [], gaps: [], tail: null, partial: false, cueEnd };
  let pos = cueEnd;
  items.forEach((item, index) => {
    if (item.start < pos || pos < 0) return;
    const gap = sentence.slice(pos, item.start);
    if (namesGroup(items[index - 1], { gap, pos })) {
      pos = item.end;
      return;
    }
    // "included the US, most EU states, and also Canada": some of a group's members, unnamed.
    const some =
      list.items.length > 0 && VAGUE_PART.test(gap) && MEMBERS_NOUN.exec(sentence.slice(item.end));
    if (some) {
      list.partial = true;
      pos = item.end + some[0].length;
      return;
    }
    const first = list.items.length === 0;
    if (!gapFits(gap, { first, words: first ? THOSE : new Set() })) {
      pos = -1;
      return;
    }
    const verdict = take(sentence, item);
    if (verdict === 'stop') {
      pos = -1;
      return;
    }
    if (PARTIAL.test(gap)) list.partial = true;
    if (verdict === 'take') {
      list.items.push(index);
      list.gaps.push([pos, item.start]);
    }
    pos = item.end;
  });
  const lastIndex = list.items[list.items.length - 1];
  const from = lastIndex === undefined ? cueEnd : (items[lastIndex]?.end ?? cueEnd);
  return finish(sentence, items, { ...list, tail: tailOf(sentence, from) });
}

// The words after the last known name that still read as list: capitalised names, numbers and
// list words, up to a clause mark or any other word.
function tailOf(sentence: string, from: number): [number, number] | null {
  let end = from;
  for (const m of sentence.slice(from).matchAll(/[.!?:;]|[\p{L}\p{N}'’-]+/gu)) {
    const word = m[0];
    if (/^[.!?:;]$/.test(word)) break;
    const fits = /^\p{Lu}/u.test(word) || LIST_WORDS.has(word.toLowerCase().replace(/['’]$/, ''));
    if (!fits || PLACE_PREPOSITIONS.has(word.toLowerCase())) break;
    end = from + m.index + word.length;
  }
  return end > from && /\p{Lu}/u.test(sentence.slice(from, end)) ? [from, end] : null;
}

const DASH_ASIDE =
  /\s[–—]\s(?:que|qui|who|which|that|che|quien|der|die|das|который|которая|которые)\s[^–—]{1,180}\s[–—]\s*$/iu;

function backward(
  sentence: string,
  items: Item[],
  cue: { start: number; end: number },
): SignerList {
  const cueStart = cue.start;
  const list: SignerList = { items: [], gaps: [], tail: null, partial: false, cueEnd: cueStart };
  // "Já a Turquia – que tem procurado … entre a Rússia e a Ucrânia – juntou a sua assinatura":
  // the signers stand before a relative clause set off by dashes.
  const aside = DASH_ASIDE.exec(sentence.slice(Math.max(0, cueStart - 200), cueStart));
  const from = aside ? cueStart - aside[0].length : cueStart;
  let pos = from;
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (!item || item.end > pos) continue;
    const gap = sentence.slice(item.end, pos);
    const first = list.items.length === 0 && pos === from;
    if (first && NEGATION.test(gap)) break;
    if (!gapFits(gap, { first: false, words: first ? CUE_WORDS : new Set() })) break;
    if (datelineCountry(sentence, item.start, gap)) break;
    const verdict = take(sentence, item);
    if (verdict === 'stop') break;
    if (PARTIAL.test(gap)) list.partial = true;
    if (verdict === 'take') {
      list.items.unshift(index);
      list.gaps.unshift([item.end, pos]);
    }
    pos = item.start;
  }
  // "61 countries, including A, B and C, endorsed": the list is part of the signers.
  const lead =
    sentence
      .slice(Math.max(0, pos - 40), pos)
      .split(/[.;:]/)
      .pop() ?? '';
  if (list.items.length > 0 && PARTIAL.test(lead)) list.partial = true;
  // "Spain and Portugal joined as observers"
  return OBSERVERS.test(sentence.slice(cue.end, cue.end + 60))
    ? { ...list, items: [], gaps: [] }
    : list;
}

const DATELINE_PLACE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3},\s*$/u;

/**
 * A dateline's country before the story its dash opens ("Nueva York, Estados Unidos– Los
 * presidentes de República Dominicana"): `lineStart` is the text from the line's start to it.
 */
export function datelineCountry(lineStart: string, start: number, gap: string): boolean {
  return /^\s*[–—-]/u.test(gap) && DATELINE_PLACE.test(lineStart.slice(0, start));
}

function finish(sentence: string, items: Item[], list: SignerList): SignerList {
  const lastIndex = list.items[list.items.length - 1];
  const last = lastIndex === undefined ? undefined : items[lastIndex];
  if (!last) return list;
  const after = sentence.slice(last.end, last.end + 60);
  if (OBSERVERS.test(after)) return { ...list, items: [], gaps: [], tail: null };
  if (PARTIAL.test(after.split(/[.;:]/)[0] ?? '')) return { ...list, partial: true };
  return list;
}

// "For the Kingdom of Sweden", "Permanent Representative of Poland to the United Nations": the
// line names one signer and nothing else. "For" here is no preposition of place.
function signatureLine(sentence: string, items: Item[]): SignerList | undefined {
  const office = OFFICE_LINE.exec(sentence);
  const cueEnd = (SIGNATURE_LINE.exec(sentence) ?? office)?.[0].length;
  const names = items.filter((i) => i.kind !== 'other' && i.kind !== 'group');
  const name = names.find((i) => i.start >= (cueEnd ?? 0));
  if (cueEnd === undefined || !name || name.start !== cueEnd) return undefined;
  if (names.some((i) => i !== name && i.start >= cueEnd)) return undefined;
  const tail = sentence.slice(name.end);
  if (!/^[\s.,:;]*$/.test(tail) && !(office && OFFICE_TAIL.test(tail))) return undefined;
  return {
    items: [items.indexOf(name)],
    gaps: [[cueEnd, name.start]],
    tail: null,
    partial: false,
    cueEnd,
  };
}

// "China-Russia Joint Statement", "Japan-U.S. Joint Leaders' Statement": a heading that names
// its signers joined by dashes, right before the kind of text they issued.
const PAIR_NOUN =
  /^\s+(?:(?:joint|leaders['’]?|presidential|ministerial|summit|foreign\s+ministers['’]?|press|high-level)\s+){0,3}(?:statement|declaration|communiqu[eé]|press\s+release)(?![\p{L}])/iu;

function pairHeading(sentence: string, items: Item[]): SignerList | undefined {
  const first = items[0];
  if (!first || !/^\s*(?:the\s+)?$/iu.test(sentence.slice(0, first.start))) return undefined;
  const taken = [0];
  while (taken.length < items.length) {
    const last = items[taken[taken.length - 1] ?? 0];
    const next = items[taken.length];
    if (!last || !next || !/^\s*[-–—/]\s*$/.test(sentence.slice(last.end, next.start))) break;
    taken.push(taken.length);
  }
  const last = items[taken[taken.length - 1] ?? 0];
  const states = taken.filter((i) => items[i]?.kind === 'state');
  if (!last || taken.length < 2 || states.length !== taken.length) return undefined;
  if (!PAIR_NOUN.test(sentence.slice(last.end))) return undefined;
  return { items: taken, gaps: [], tail: null, partial: false, cueEnd: first.start };
}

// "Грузия не собирается участвовать в платформе совместно с Российской Федерацией": a cue its
// own clause denies.
const NOT_PARTICIPLE = /(?<![\p{L}])(?:nicht|nie|keine?n?)(?![\p{L}])/iu;

function negatedClause(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 80), at);
  return NEGATION.test(before.slice(before.search(/[,;:][^,;:]*$/u) + 1));
}

// "encouragé la démarche commune engagée par les gouvernements de l'Ouganda et du Rwanda": who
// a cue names is the agent of another verb, not of a signing.
const AGENT_OF = /(\p{L}+)\s+(?:by|par|por|von|da|pel[oa]s?)\s+$/u;
const SIGNING_PARTICIPLE =
  /^(?:sign|co-?sign|adopt|endors|issu|releas|deliver|read|made|support|back|join|attend|represent|led|head|approv|sponsor|co-?sponsor|subscrib|présent|prononc|publi|soutenu|appuy|endoss|firm|suscrit|respald|apoy|aprob|emitid|unterzeichnet|verabschiedet|unterstützt|angenommen|abgegeben|assinad|subscrit|aprovad|sottoscritt)/iu;

// "le misure aggressive adottate dalla Turchia", "the measures adopted by": a verb of adopting
// whose object is no text.
const MEASURES_BEFORE =
  /(?<![\p{L}])(?:measures|steps|actions|sanctions|policies|laws|misure|azioni|sanzioni|mesures|medidas|acciones|sanciones|Maßnahmen|Sanktionen|меры|санкции)(?:\s+\p{L}+){0,2}\s*$/iu;

export function agentOfOther(sentence: string, at: number): boolean {
  const m = AGENT_OF.exec(sentence.slice(Math.max(0, at - 40), at));
  if (MEASURES_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))) return true;
  return m !== null && !SIGNING_PARTICIPLE.test(m[1] ?? '');
}

// "Zusammen mit den USA verlange man von Russland …", "Together with the United States, we
// call on …": partners at the head of a clause whose subject is the signers, unnamed; or the
// others with a subject named before ("Nicaragua, acompañada por Belarús, China, …").
const TOGETHER =
  /^(?:(?:together|along|jointly)\s+with|(?:вместе|совместно|наряду)\s+с|(?:gemeinsam|zusammen)\s+mit|(?:junto|conjuntamente)\s+(?:con|a)|(?:conjointement|ensemble)\s+avec|acompañad[oa]\s+(?:por|de)|accompagnée?\s+(?:de|par)|insieme\s+(?:a|con)|junto\s+com|acompanhad[oa]\s+(?:de|por))$/iu;
const PRONOUN_SUBJECT =
  /^[\s,]*(?:[\p{L}-]+\s+){0,2}?(?:we|wir|man|nous|on|nosotros|мы|they|sie|ils|noi|nós)(?![\p{L}])/iu;

function partnersOfUnnamed(
  sentence: string,
  cue: RegExpMatchArray & { index: number },
  last: Item | undefined,
): boolean {
  if (!last || !TOGETHER.test(cue[0].trim())) return false;
  const before = sentence.slice(0, cue.index);
  const opens = /(?:^|[,;:]\s*)["“„«]?\s*$/u.test(before);
  return opens && PRONOUN_SUBJECT.test(sentence.slice(last.end));
}

// "Joint statement by A and B on Israel and Palestine, issued after a closed meeting": a participle
// after a comma that tells when or where the statement came out, not what the states before did.
const PARTICIPLE_AFTER_COMMA = /,\s*$/u;
const WHEN_OR_WHERE =
  /^\s+(?:after|on|at|following|during|in|upon|today|yesterday|last|this)(?![\p{L}])/iu;

function participleClause(sentence: string, cue: RegExpMatchArray & { index: number }): boolean {
  return (
    /^\p{L}+ed$/u.test(cue[0]) &&
    PARTICIPLE_AFTER_COMMA.test(sentence.slice(0, cue.index)) &&
    WHEN_OR_WHERE.test(sentence.slice(cue.index + cue[0].length))
  );
}

// "Only three leaders put their names to it: those of Kyrgyzstan, Uzbekistan, and Kazakhstan":
// the counted signers, named after the colon.
const COUNTED_SIGNED =
  /(?<![\p{L}])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:leaders|countries|states|nations|governments|presidents|(?:foreign\s+)?ministers|heads\s+of\s+(?:state|government))\s+(?:have\s+|had\s+)?(?:put\s+their\s+names\s+to|signed|endorsed|joined|backed|adopted)(?:\s+(?:it|the\s+\p{L}+|this\s+\p{L}+))?\s*$/iu;

// "Nicaragua, together with Belarus, China and Cuba, presented a joint statement": the state that
// opens the sentence, bar an article or its form of state, is with the others.
const SUBJECT_HEAD =
  /^\s*(?:(?:the|la|el|le|les|los|die|der|il|lo|o|a)\s+)?(?:(?:Republic|República|République|Repubblica|Republik|Kingdom|Reino|Royaume|Regno|Königreich|State|Estado|État|Stato|Staat)\s+(?:of|de|du|del|de\s+la|do|da|di|der|des)\s+(?:(?:the|la|el|le|il|a|o)\s+|l['’])?)?$/iu;

function withSubject(
  sentence: string,
  items: Item[],
  options: { list: SignerList; cue: RegExpMatchArray & { index: number } },
): SignerList {
  const { list, cue } = options;
  if (list.items.length === 0 || !TOGETHER.test(cue[0].trim())) return list;
  const index = items.findIndex((i) => i.kind === 'state');
  const item = items[index];
  if (!item || item.end > cue.index || list.items.includes(index)) return list;
  const fits =
    SUBJECT_HEAD.test(sentence.slice(0, item.start)) &&
    /^\s*,\s*$/u.test(sentence.slice(item.end, cue.index));
  return fits
    ? { ...list, items: [index, ...list.items], gaps: [[item.start, item.start], ...list.gaps] }
    : list;
}

// "Помимо стран-членов Европейского союза, к документу присоединились Украина, США, …": a group
// the clause sets before its cue signed besides the states the cue names.

function withBesidesGroup(
  sentence: string,
  items: Item[],
  options: { list: SignerList; cueStart: number },
): SignerList {
  const { list, cueStart } = options;
  const opening = BESIDES_OPENING.exec(sentence);
  if (!opening || list.items.length === 0) return list;
  const index = items.findIndex((i) => i.start >= opening[0].length);
  const item = items[index];
  if (!item?.group || item.end > cueStart) return list;
  const lead = sentence.slice(opening[0].length, item.start);
  const fits =
    /^[^,.;:]{0,40}$/u.test(lead) &&
    /^\s*,[^,.;:]{0,60}$/u.test(sentence.slice(item.end, cueStart));
  return fits
    ? { ...list, items: [index, ...list.items], gaps: [[item.start, item.start], ...list.gaps] }
    : list;
}

// "принимая во внимание неоднократно звучавшие заявления США и Европейского союза", "taking
// into account the statements of": texts of others the statement weighs.
export const TAKING_INTO_ACCOUNT =
  /(?<![\p{L}])(?:принима\p{L}*\s+во\s+внимание|учитывая|taking\s+into\s+account|bearing\s+in\s+mind|tenant\s+compte\s+d\p{L}*|teniendo\s+en\s+cuenta)(?![\p{L}])[^.;:]{0,60}$/iu;

/**
 * The signer lists of one sentence: after each forward cue and before each backward cue that
 * speaks of a statement. `items` are the sentence's states, signers and groups, in order.
 */
export function signerLists(sentence: string, items: Item[]): SignerList[] {
  const lists: SignerList[] = [];
  const aboutStatement = DECLARATION_NOUN.test(sentence);
  const forwardCues =
    aboutStatement || STATEMENT_PRONOUN.test(sentence)
      ? [...FORWARD_CUES, ...VERB_CUES]
      : FORWARD_CUES;
  for (const cue of forwardCues) {
    for (const m of sentence.matchAll(cue)) {
      if (negatedClause(sentence, m.index) || agentOfOther(sentence, m.index)) continue;
      if (TAKING_INTO_ACCOUNT.test(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
      const list = forward(sentence, items, m.index + m[0].length);
      const last = items[list.items[list.items.length - 1] ?? -1];
      if (partnersOfUnnamed(sentence, m, last)) continue;
      if (last && OWN_STATEMENTS_AFTER.test(sentence.slice(last.end))) continue;
      const withGroup = withSubject(sentence, items, {
        list: withBesidesGroup(sentence, items, { list, cueStart: m.index }),
        cue: m,
      });
      lists.push(PARTIAL.test(m[0]) ? { ...withGroup, partial: true } : withGroup);
    }
  }
  // "a statement on behalf of 12 countries was delivered by Brazil: A, B and C"
  const cued = forwardCues.map((cue) => new RegExp(cue.source, cue.flags.replace('g', '')));
  for (const m of sentence.matchAll(/:/g)) {
    const before = sentence.slice(0, m.index);
    // "East Turkestan [Ch: Xinjiang] and Hong Kong": a colon inside brackets opens no list.
    if (/[[(][^\])]*$/u.test(before)) continue;
    const listed = lists.some((l) => l.cueEnd === m.index + 1);
    if (!listed && (cued.some((cue) => cue.test(before)) || COUNTED_SIGNED.test(before)))
      lists.push(forward(sentence, items, m.index + 1));
  }
  const signature = signatureLine(sentence, items) ?? pairHeading(sentence, items);
  if (signature) lists.push(signature);
  if (aboutStatement) {
    for (const cue of BACKWARD_CUES) {
      for (const m of sentence.matchAll(cue)) {
        // "Der deutsche Außenminister hat die Erklärung nicht mitgezeichnet": "hat" waits for
        // its participle, which the clause may deny.
        const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 160);
        if (/^(?:haben|hat)$/iu.test(m[0]) && NOT_PARTICIPLE.test(rest.split(/[.;:]/u)[0] ?? '')) {
          continue;
        }
        if (participleClause(sentence, m) || OWN_STATEMENTS_AFTER.test(sentence.slice(m.index)))
          continue;
        lists.push(backward(sentence, items, { start: m.index, end: m.index + m[0].length }));
      }
    }
  }
  return lists.filter((l) => l.items.length > 0 || l.tail !== null);
}

/**
 * The list a line is when it holds nothing but names ("Albania, Andorra," or "- Austria"), as
 * under "on behalf of the following countries:"; undefined for any other line.
 */
export function wholeLineList(line: string, items: Item[]): SignerList | undefined {
  const list = forward(line, items, 0);
  const taken = list.items.map((i) => items[i]).filter((i): i is Item => i !== undefined);
  const last = taken[taken.length - 1];
  const names = items.filter((i) => i.kind !== 'other' && i.kind !== 'group');
  if (!last || taken.length !== names.length) return undefined;
  return /^[\s.,;:)\]*]*(?:and|и|et|y|und)?[\s.,;]*$/iu.test(line.slice(last.end))
    ? list
    : undefined;
}

/**
 * The list a table row is ("Albania⇥Europe"): its first cell that holds nothing but names;
 * undefined when no cell does. A line without cells is read whole.
 */
export function rowList(line: string, items: Item[]): SignerList | undefined {
  if (!line.includes('\t')) return wholeLineList(line, items);
  let start = 0;
  for (const cell of line.split('\t')) {
    const end = start + cell.length;
    const inCell = items.filter((i) => i.start >= start && i.end <= end);
    const masked = ' '.repeat(start) + cell + ' '.repeat(line.length - end);
    const list = inCell.length > 0 ? wholeLineList(masked, inCell) : undefined;
    if (list) return { ...list, items: list.items.map((i) => items.indexOf(inCell[i] as Item)) };
    start = end + 1;
  }
  return undefined;
}

/** Whether a sentence ties anything to signing: a line ending in such a cue heads a list. */
export function hasSignerCue(sentence: string): boolean {
  const cues = DECLARATION_NOUN.test(sentence)
    ? [...FORWARD_CUES, ...VERB_CUES, ...BACKWARD_CUES]
    : FORWARD_CUES;
  return cues.some((cue) => sentence.search(cue) >= 0);
}
