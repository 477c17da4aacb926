import { stateOfAdjective } from '../resolve/demonyms';
import type { Analysed } from './analysed';
import { addState } from './collect-signers';
import type { Signers } from './collect-signers';

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

// Speaking for others: the statement is read for a group, a list or "a number of countries".
const ON_BEHALF = new RegExp(
  `${W}(?:on\\s+behalf\\s+of|in\\s+the\\s+name\\s+of|от\\s+имени|au\\s+nom\\s+d(?:e|u|es|['’])|en\\s+nombre\\s+de|im\\s+Namen|a\\s+nome\\s+d|em\\s+nome\\s+d)${E}`,
  'iu',
);
// The reader first, then the verb: "Ukraine's deputy foreign minister … read the statement",
// "Germany's ambassador to the UN, Christoph Heusgen, spoke on behalf of the 39-strong group".
const READ_ACTIVE = new RegExp(
  `${W}(?:read(?:\\s+out)?|delivered|presented|spoke|speaks|a\\s+(?:lu|prononcé|présenté)|leyó|pronunció|presentó|verlas|(?:hat|hatte)\\s+(?:\\p{L}+\\s+){0,4}?(?:verlesen|vorgetragen)|ha\\s+letto|lesse|leu|apresentou|огласил[аи]?|зачитал[аи]?|озвучил[аи]?)${E}`,
  'iu',
);
// The verb, then its reader: "read out by", "lue par", "огласила … заместитель министра Украины",
// "распространило постоянное представительство Финляндии" (circulated it).
const READ_BY = new RegExp(
  `${W}(?:(?:read(?:\\s+out)?|delivered|presented)\\s+by|(?:lue?s?|prononcée?s?|présentée?s?)\\s+par|(?:leíd[oa]|pronunciad[oa]|presentad[oa])\\s+por|(?:verlesen|vorgetragen)\\s+von|(?:lett[oa]|pronunciat[oa])\\s+da|(?:lid[oa]|apresentad[oa])\\s+por|circulated\\s+by|огласил[аи]?|зачитал[аи]?|озвучил[аи]?|распространил[аио]?)${E}`,
  'iu',
);
const NEAR = 100;
const ADDRESSED_TO =
  /(?<![\p{L}])(?:addressed|sent|handed|delivered|adressée?s?|envoyée?s?|dirigid[oa]s?|enviad[oa]s?)\s+(?:to|à|a|al)\s+(?:the\s+|la\s+|le\s+|el\s+)?$/iu;

type Reader = { code: string; start: number; end: number };

// "the Czech delegation delivered a statement": a reader named by the adjective of its state.
const ADJECTIVE_READER =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:delegation|ambassador|representative|mission|permanent\s+representative|foreign\s+minister|envoy)(?![\p{L}])/gu;

function adjectiveReaders(text: string): Reader[] {
  return [...text.matchAll(ADJECTIVE_READER)].flatMap((m) => {
    const code = stateOfAdjective(m[1] ?? '');
    return code ? [{ code, start: m.index, end: m.index + (m[1]?.length ?? 0) }] : [];
  });
}

// "к заявлению более 40 стран, которое Канада внесла в Совете", "a statement of 22 countries that
// Canada put forward": the one state that presented a statement others joined.
const PRESENTED_BEFORE =
  /(?<![\p{L}])(?:statement|declaration|заявлени\p{L}*|деклараци\p{L}*|обращени\p{L}*)[^.;:]{0,60}?(?:,\s*)?(?:which|that|которое|которую|которой|который)\s+$/iu;
const PRESENTED_AFTER =
  /^\s+(?:presented|tabled|put\s+forward|delivered|read\s+out|внесла|внес|внёс|представила|представил|огласила|огласил|зачитала|зачитал)(?![\p{L}])/iu;

// "Guatemala fue la encargada de presentar el documento": the state that presented the text.
const TASKED_WITH_TEXT =
  /^\s+(?:fue\s+(?:el|la)\s+encargad[oa]\s+de\s+(?:presentar|leer)|foi\s+(?:o|a)\s+encarregad[oa]\s+de\s+(?:apresentar|ler)|was\s+(?:the\s+one\s+)?(?:tasked|charged)\s+with\s+(?:presenting|reading(?:\s+out)?)|a\s+été\s+chargée?\s+de\s+(?:présenter|lire))\s+(?:el|la|o|a|the|le|l['’])\s*(?:documento|declaración|declaração|texto|statement|declaration|text|document|déclaration|texte)(?![\p{L}])/iu;

function presenterOf(a: Analysed): Reader | undefined {
  const text = a.sentence.text;
  const presenters = a.items.flatMap((item) => {
    const code = item.kind === 'state' ? item.mention?.ids[0] : undefined;
    const presents =
      code !== undefined &&
      ((PRESENTED_BEFORE.test(text.slice(Math.max(0, item.start - 120), item.start)) &&
        PRESENTED_AFTER.test(text.slice(item.end))) ||
        TASKED_WITH_TEXT.test(text.slice(item.end)));
    return presents ? [{ code, start: item.start, end: item.end }] : [];
  });
  return presenters.length === 1 ? presenters[0] : undefined;
}

// "Текст заявления озвучила заместитель министра иностранных дел Украины", "The statement was
// read out by Ukraine's deputy foreign minister", "Текст совместного заявления 37 стран ОБСЕ
// распространило постоянное представительство Финляндии": the one state whose official read or
// circulated the text.
const TEXT_READ_BY =
  /^\s*(?:Текст\s+(?:совместного\s+)?заявления(?:\s+[^.;:]{1,40}?)?\s+(?:огласил[аи]?|зачитал[аи]?|озвучил[аи]?|распространил[аио]?)|The\s+(?:joint\s+)?statement\s+was\s+(?:read(?:\s+out)?|delivered|circulated)\s+by|La\s+déclaration\s+(?:commune\s+)?a\s+été\s+lue\s+par|La\s+declaración\s+(?:conjunta\s+)?fue\s+leída\s+por)(?![\p{L}])/iu;

function textReaderOf(a: Analysed): Reader | undefined {
  if (!TEXT_READ_BY.test(a.sentence.text)) return undefined;
  const states = a.items.filter((item) => item.kind === 'state' && item.mention?.ids.length === 1);
  const [only] = states;
  const code = only?.mention?.ids[0];
  return states.length === 1 && only && code
    ? { code, start: only.start, end: only.end }
    : undefined;
}

// The one state named near the verb, on its reader's side and outside the lists the sentence
// speaks for; none when two states could be the reader.
function readerOf(a: Analysed): Reader | undefined {
  const text = a.sentence.text;
  const behalf = ON_BEHALF.exec(text);
  if (!behalf) return presenterOf(a) ?? textReaderOf(a);
  const listed = new Set(a.lists.flatMap((l) => l.items));
  // "a verbal message addressed to US Secretary of State Marco Rubio, delivered in the name of":
  // whom the text goes to reads none of it.
  const addressed = (s: Reader) =>
    ADDRESSED_TO.test(text.slice(Math.max(0, s.start - 40), s.start));
  const states = [
    ...a.items.flatMap((item, index) => {
      const code = item.kind === 'state' ? item.mention?.ids[0] : undefined;
      return code && !listed.has(index) ? [{ code, start: item.start, end: item.end }] : [];
    }),
    ...adjectiveReaders(text),
  ].filter((s) => !addressed(s));
  // "Further to the joint statement read out by Albania, I take the floor on behalf of …": a
  // verb before "on behalf of" reads this statement only in the same clause.
  const sameClause = (verb: RegExpExecArray | null) =>
    verb && (verb.index > behalf.index || !text.slice(verb.index, behalf.index).includes(','))
      ? verb
      : null;
  const by = sameClause(READ_BY.exec(text));
  const active = sameClause(READ_ACTIVE.exec(text));
  // Within reach of the verb, in its clause.
  const near = (from: number, to: number) => (s: Reader) =>
    s.start >= from &&
    s.end <= to &&
    !/[.;:]/u.test(text.slice(Math.min(s.end, from), Math.max(s.start, from)));
  const candidates = by
    ? states.filter(near(by.index + by[0].length, by.index + by[0].length + NEAR))
    : active
      ? states.filter(near(Math.max(0, active.index - NEAR), active.index))
      : [];
  const codes = new Set(candidates.map((c) => c.code));
  return codes.size === 1 ? candidates[0] : undefined;
}

/**
 * Adds the state that read a statement out for others: "Ukraine's deputy foreign minister read
 * the statement on behalf of a number of countries", "Текст от имени ряда стран огласила
 * заместитель министра иностранных дел Украины". The reader speaks for the statement too.
 */
export function addReaders(found: Signers, analysed: Analysed[]): string[] {
  const added: string[] = [];
  for (const a of analysed) {
    const reader = readerOf(a);
    if (!reader || found.signatories.some((s) => s.code === reader.code)) continue;
    addState(found, reader.code, a.at(reader.start, reader.end));
    added.push(reader.code);
  }
  return added;
}
