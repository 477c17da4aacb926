import type { TextLanguage } from '../resolve/country-names';
import { everMembers, membersOn } from '../resolve/group-members';
import { registryEntry } from '../resolve/registry';
import { addressees } from './addressees';
import type { Analysed } from './analysed';
import { first, listLength, wholeSentence } from './analysed';
import { addBilateralParties, completeCountedParties } from './bilateral-parties';
import { addChairs } from './chair-signers';
import { countedGroupMembers, groupsAmongCounted } from './counted-groups';
import { standingCount, statedCount } from './counts';
import { DECLARATION_NOUN } from './cues';
import { findDates, latestYearWithWeekday } from './dates';
import { addMembersNamedInPassing, groupSignatories, signingGroup } from './group-signers';
import { findOccasion } from './occasion';
import { addCounterpartsOf, letterWriter } from './person-signers';
import { addAdjectiveMissions } from './adjective-signers';
import { addReaders } from './reader-signers';
import { governmentAuthor, soleAuthor } from './sole-author';
import { addState } from './collect-signers';
import { signersOf } from './story-signers';
import {
  addGroupMembers,
  addMember,
  countedBefore,
  proposeCandidate,
  REVIEW_BELOW,
  stayedOutOfGroup,
  stayedOut,
  takeLists,
} from './list-signers';
import type { Member } from './enumerations';
import type { ScoredList } from './score-lists';
import { isStatementHeading, quotedTitle } from './title';
import { UNKNOWN_DATE } from './to-document';
import type { ExtractedDeclaration, ExtractedEntity, ExtractedSource, Extraction } from './types';

function entities(analysed: Analysed[], kind: 'instrument' | 'organization'): ExtractedEntity[] {
  const found = new Map<string, ExtractedEntity>();
  const label = kind === 'instrument' ? 'Instrument' : 'Organization';
  for (const a of analysed) {
    for (const item of a.items) {
      const id = item.mention?.kind === kind ? item.mention.ids[0] : undefined;
      if (!id || item.kind === 'signer' || found.has(id)) continue;
      const name = registryEntry(label, id)?.name ?? item.text;
      found.set(id, { id, name, evidence: a.at(item.start, item.end) });
    }
  }
  return [...found.values()];
}

// "ASEAN came into being on 8 August 1967 in Bangkok": the group's founding, not the statement's
// day.
const FOUNDED =
  /(?<![\p{L}])(?:came\s+into\s+being|(?:was|were)\s+(?:founded|established|created|formed|set\s+up)|fondée?s?\s+(?:le|en)|créée?s?\s+(?:le|en)|fundad[oa]s?\s+(?:el|en|em)|cread[oa]s?\s+(?:el|en)|criad[oa]s?\s+(?:em|a)|gegründet|fondat[oa]\s+(?:il|nel))(?![\p{L}])/iu;
/** What the whole text tells every declaration in it. */
export type Context = {
  headline: number;
  language: TextLanguage;
  source: ExtractedSource;
  datelineDate: string | null;
  firstParagraph: number;
  /** The plain text, and every sentence of it and every enumeration of names in it, scored. */
  text: string;
  all: Analysed[];
  lists: ScoredList[];
};

/** One declaration's facts, and what reading them gave to warn about or leave unresolved. */
export type Reading = {
  declaration: ExtractedDeclaration | undefined;
  unresolved: Extraction['unresolved'];
  warnings: Extraction['warnings'];
};

// "с 1 января 2024 года в состав БРИКС войдут", "from 1 January 2024": the day a change takes
// effect, not a day anything was adopted; a range ("с 5 по 7 сентября") is a meeting's.
const STARTING =
  /(?:^|[^\p{L}])(?:from|as\s+of|starting|effective|с|со|à\s+partir\s+du|a\s+partir\s+del?|desde\s+el|ab\s+dem|ab|dal)\s*$/iu;
const RANGE = /(?<![\p{L}])(?:по|to|au|al|bis|a|–|-)(?![\p{L}])/iu;

function startsSomething(sentence: string, date: { index: number; text: string }): boolean {
  const lead = /^(?:с|со)\s+/iu.exec(date.text);
  const before = sentence.slice(Math.max(0, date.index - 20), date.index);
  return (
    (lead !== null || STARTING.test(before)) && !RANGE.test(date.text.slice(lead?.[0].length ?? 0))
  );
}

// "сообщил 10 декабря МИД России" in a text that says "Встреча состоялась … 10 декабря 2021
// года": the year the text gives the same day elsewhere.
const fullDates = new WeakMap<Analysed[], string[]>();

function yearOfDay(context: Context, dayOfYear: string): string | undefined {
  let dates = fullDates.get(context.all);
  if (!dates) {
    dates = context.all.flatMap((a) =>
      findDates(a.sentence.text, context.language, null).flatMap((d) => (d.date ? [d.date] : [])),
    );
    fullDates.set(context.all, dates);
  }
  return dates.find((d) => d.endsWith(`-${dayOfYear}`));
}

// The date of a statement's own text (a heading "Joint Statement on …" over a date line) is
// the day it was delivered; a report's dateline is the day the report was filed.
function adoptionDate(
  context: Context,
  options: { about: Analysed[]; isStatement: boolean; warnings: Extraction['warnings'] },
): string | null {
  const { about, isStatement, warnings } = options;
  if (isStatement && context.source.publishedOn) return context.source.publishedOn;
  for (const a of about) {
    for (const date of findDates(a.sentence.text, context.language, context.source.publishedOn)) {
      if (startsSomething(a.sentence.text, date)) continue;
      if (date.date) return date.date;
      const dated = date.dayOfYear && yearOfDay(context, date.dayOfYear);
      if (dated) return dated;
      warnings.push({
        message: `"${date.text}" cannot be dated without a publication date; adoption date left unknown`,
        evidence: a.at(date.index, date.index + date.text.length),
      });
    }
  }
  return context.datelineDate;
}

const GROUP_CONFIDENCE = 0.7;
const AUTHOR_CONFIDENCE = 0.6;
const UNSIGNED_CONFIDENCE = 0.2;
const COUNTED_CONFIDENCE = 0.6;

/**
 * The members of a group's membership the text sets out ("lo integran A, B, … y C"), less the
 * states it says stayed out, when they are as many as the signers counted and take in those
 * named; undefined otherwise.
 */
function membershipMakingCount(
  lists: ScoredList[],
  options: { count: number; out: ReadonlyMap<string, string>; named: string[] },
): Member[] | undefined {
  for (const s of lists) {
    if (!s.membership) continue;
    const members = s.list.members.filter(
      (m) => m.kind === 'state' && !m.ids.some((id) => options.out.has(id)),
    );
    const ids = new Set(members.flatMap((m) => m.ids));
    if (members.length === options.count && options.named.every((code) => ids.has(code)))
      return members;
  }
  return undefined;
}

function declarationOf(context: Context, analysed: Analysed[], lists: ScoredList[]): Reading {
  const { signers, sentences: cuedSentences } = signersOf(analysed, context.all);
  addBilateralParties(signers, analysed, context.all);
  const taken = takeLists(signers, { lists, all: context.all, text: context.text });
  completeCountedParties(signers, analysed);
  const chairs = addChairs(signers, context.all, context.language);
  if (chairs.length > 0)
    taken.reasons.push(`took ${chairs.join(', ')}: chair of the meeting or group`);
  const signerSentences = [...new Set([...cuedSentences, ...taken.sentences])];
  const warnings = [...signers.warnings];
  const reading = (declaration?: ExtractedDeclaration): Reading => ({
    declaration,
    unresolved: signers.unresolved,
    warnings,
  });
  const titled = first(analysed, (a) => quotedTitle(a.sentence.text));
  const heading = analysed.find(
    (a) =>
      a.sentence.line <= context.headline + 2 &&
      isStatementHeading(a.sentence.text, a.sentence.text.split(/\s+/).length),
  );
  const headlineSentence = analysed.find((a) => a.sentence.line === context.headline);
  const statedInHeadline =
    headlineSentence && DECLARATION_NOUN.test(headlineSentence.sentence.text);
  // A statement that lists no state may speak for a group whose members are known.
  const listed = signers.signatories.length + signers.groups.length > 0;
  const spoken = signingGroup(
    analysed,
    [heading, headlineSentence].filter((a) => a !== undefined),
  );
  // "Die USA und zehn weitere Staaten" beside "der Erklärung vom G20-Gipfel": a text of the
  // summit that fewer than its members signed.
  const summitCount = spoken?.summit
    ? first(analysed, (a) => statedCount(a.sentence.text))?.[0].count
    : undefined;
  // "assinado por 30 países" beside "Paraguai, Argentina e Nicarágua não assinaram": the count is
  // of the members less those the text says stayed out.
  const summitOut =
    spoken && summitCount !== undefined ? stayedOutOfGroup(context.all, spoken.group) : undefined;
  const fewerThanSummit =
    spoken !== undefined &&
    summitCount !== undefined &&
    summitCount <
      membersOn(spoken.group, context.source.publishedOn).filter((code) => !summitOut?.has(code))
        .length;
  const speaksFor = fewerThanSummit ? undefined : spoken;
  // "Fra i firmatari compaiono tutti i membri dell'Ue, Ungheria e Slovacchia comprese": the
  // states listed are some of the group's members, all of whom signed.
  // "los 12 cancilleres de la Unasur expresaron su rechazo … El texto fue leído por el canciller
  // uruguayo": one member named, who read the group's text, is one of them all.
  const inGroup =
    speaksFor !== undefined &&
    (speaksFor.among === true ||
      (signers.signatories.length === 1 && signers.groups.length === 0)) &&
    signers.signatories.every((s) => everMembers(speaksFor.group).includes(s.code));
  const bySigningGroup = listed && !inGroup ? undefined : speaksFor;
  // "Meloni scrive ai partner Med9": a letter one leader wrote, whoever the story lists beside it.
  const writer = listed || bySigningGroup ? undefined : letterWriter(headlineSentence, analysed);
  const candidate =
    listed || bySigningGroup || writer
      ? undefined
      : proposeCandidate(signers, { lists, all: context.all, text: context.text });
  const author =
    listed || bySigningGroup || candidate
      ? undefined
      : (writer ??
        soleAuthor(headlineSentence, analysed) ??
        governmentAuthor(context.all.filter((a) => a.sentence.line >= context.headline)));
  if (author) addState(signers, author.code, author.evidence);
  const readers = addReaders(signers, analysed);
  const hosts = addCounterpartsOf(signers, context.all);
  if (hosts.length > 0)
    taken.reasons.push(`took ${hosts.join(', ')}: signed with "his counterparts"`);
  const missions = addAdjectiveMissions(signers, analysed);
  if (missions.length > 0)
    taken.reasons.push(`took ${missions.join(', ')}: missions named by adjective in the list`);
  // A candidate for review has added its states by now.
  const anySigner =
    signers.signatories.length + signers.groups.length + signers.nonStateSignatories.length > 0 ||
    bySigningGroup !== undefined;
  if (
    !anySigner &&
    !titled &&
    !heading &&
    !statedInHeadline &&
    !countedGroupsOnly(context, analysed)
  )
    return reading();
  const longest = [...signerSentences].sort((a, b) => listLength(b) - listLength(a))[0];
  const intro =
    longest ??
    candidate?.sentence ??
    bySigningGroup?.sentence ??
    titled?.[1] ??
    heading ??
    headlineSentence ??
    analysed[0];
  if (!intro) return reading();
  const count = first(
    analysed,
    (a) => statedCount(a.sentence.text) ?? standingCount(a.sentence.text),
  );
  const opening = analysed.find((a) => a.sentence.line === context.firstParagraph);
  const about = [
    ...new Set([
      ...signerSentences,
      bySigningGroup?.sentence,
      count?.[1],
      titled?.[1],
      heading,
      headlineSentence,
      opening,
      // "Les Chefs d'Etat membres du G5 Sahel … se sont retrouvés ce 13 janvier 2020".
      ...(speaksFor
        ? analysed.filter((a) => a.items.some((i) => i.group === speaksFor.group))
        : []),
    ]),
  ].filter((a): a is Analysed => a !== undefined && !FOUNDED.test(a.sentence.text));
  const adoptedOn = adoptionDate(context, { about, isStatement: heading !== undefined, warnings });
  if (!adoptedOn) {
    const published = context.source.publishedOn;
    warnings.push({
      message: published
        ? `the adoption date is not stated; the declaration id uses the publication date, ${published}`
        : `the adoption date is not stated; the declaration id uses ${UNKNOWN_DATE}`,
      evidence: wholeSentence(intro),
    });
  }
  // "Bolivia, por el contrario, no se sumó": the states the text says stayed out.
  const leftOut = stayedOut(context.all);
  // Groups in a cued list stand for their members on the day of the statement, unless the text
  // names its members itself ("БРИКС (Бразилия, Россия, Индия, Китай и Южная Африка)").
  for (const listed of signers.groups) {
    const named = everMembers(listed.group).filter((code) =>
      signers.signatories.some((s) => s.code === code),
    );
    if (named.length < 2) {
      const before = new Set(signers.signatories.map((s) => s.code));
      addGroupMembers(signers, listed, {
        on: adoptedOn ?? context.source.publishedOn,
        stayedOut: leftOut,
      });
      signers.signatories = signers.signatories.filter(
        (s) => before.has(s.code) || !leftOut.has(s.code),
      );
    }
  }
  if (listed && speaksFor?.among === true && !inGroup) {
    // "Ha firmato invece la Turchia … oltre a circa ottanta Paesi, fra cui tutti gli Stati membri
    // dell'Ue": all the group's members among the signers, beside others.
    const evidence = speaksFor.sentence.at(speaksFor.item.start, speaksFor.item.end);
    addGroupMembers(
      signers,
      { group: speaksFor.group, text: speaksFor.item.text, evidence },
      { on: adoptedOn ?? context.source.publishedOn, stayedOut: leftOut },
    );
  } else if (listed && speaksFor) {
    addMembersNamedInPassing(signers, speaksFor, {
      on: adoptedOn ?? context.source.publishedOn,
      stayedOut: leftOut,
    });
  }
  const expectedCount = count?.[0].count ?? null;
  // "O Brasil subscreveu … recebeu a adesão de 58 nações": the states named, or a group's
  // members ("27 delegaciones de la Unión Europea y 31 de la Celac"), are a part of the members
  // that make the count.
  const someNamed =
    expectedCount !== null && !bySigningGroup && signers.signatories.length < expectedCount;
  const members =
    expectedCount === null || !someNamed
      ? undefined
      : countedGroupMembers(context.all, {
          count: expectedCount,
          on: adoptedOn ?? context.source.publishedOn,
          out: leftOut,
        });
  const counted = signers.signatories.every((s) => members?.codes.includes(s.code))
    ? members
    : undefined;
  for (const code of counted?.codes ?? []) {
    addState(signers, code, wholeSentence(counted?.evidence ?? intro));
  }
  // "Los otros 13 integrantes del Grupo, entre ellos Brasil, …" beside "lo integran Argentina,
  // Brasil, … y México" and México staying out: the membership the text sets out, less those
  // that stayed out, when it makes the count.
  const setOut =
    someNamed && !counted && expectedCount !== null
      ? membershipMakingCount(lists, {
          count: expectedCount,
          out: leftOut,
          named: signers.signatories.map((s) => s.code),
        })
      : undefined;
  for (const member of setOut ?? []) addMember(signers, member, { all: context.all });
  // "53 UN member states, among them the countries of the Lima Group": a part, as groups.
  const among =
    someNamed && !counted && count
      ? groupsAmongCounted(count[1], {
          count: count[0],
          on: adoptedOn ?? context.source.publishedOn,
          out: leftOut,
        })
      : undefined;
  for (const code of among?.codes ?? [])
    addState(signers, code, wholeSentence(count?.[1] ?? intro));
  if (among) {
    taken.reasons.push(
      `took the members of ${among.groups.map((g) => `"${g}"`).join(' and ')}: a part of the ${count?.[0].count} counted`,
    );
  }
  // "Nearly 40 nations urge China to …": whom the statement appeals to signed none of it.
  const addressed = addressees(context.all, headlineSentence);
  signers.signatories = signers.signatories.filter((s) => !addressed.has(s.code));
  const found = signers.signatories.length;
  let partial = signers.partial;
  if (expectedCount !== null && expectedCount !== found) {
    warnings.push({
      message: `the text counts ${expectedCount} signatories but ${found} were found`,
      evidence: count ? wholeSentence(count[1]) : null,
    });
    if (found < expectedCount) partial = true;
  }
  const read =
    bySigningGroup &&
    groupSignatories(
      bySigningGroup,
      adoptedOn ?? context.source.publishedOn ?? latestDay(context),
      {
        language: context.language,
        all: context.all,
        undated: adoptedOn === null && context.source.publishedOn === null,
      },
    );
  // "im Namen von 26 EU-Mitgliedstaaten": the members less those the text says stayed out, when
  // they make the count; none when they do not.
  const membersCounted =
    bySigningGroup &&
    countedBefore(bySigningGroup.sentence.sentence.text.slice(0, bySigningGroup.item.start));
  const fewer = read && membersCounted !== undefined && membersCounted < read.signatories.length;
  // "30 de los 33 países …; únicamente tres quedaron al margen: Argentina, Paraguay y Nicaragua".
  const out =
    read && bySigningGroup
      ? stayedOutOfGroup(context.all, bySigningGroup.group)
      : new Map<string, string>();
  const byGroup =
    read && (!fewer || read.signatories.filter((x) => !out.has(x.code)).length === membersCounted)
      ? read
      : undefined;
  if (read && bySigningGroup && !byGroup) {
    partial = true;
    warnings.push({
      message: `"${bySigningGroup.item.text}" counted as ${membersCounted} of its ${read.signatories.length} members: read as none of them, since the text does not say which stayed out`,
      evidence: bySigningGroup.sentence.at(bySigningGroup.item.start, bySigningGroup.item.end),
    });
  }
  if (byGroup) warnings.push(byGroup.warning);
  // The members the text names as signers keep their own evidence, and come first.
  const groupSigners =
    byGroup &&
    [
      ...signers.signatories.filter((x) => byGroup.signatories.some((g) => g.code === x.code)),
      ...byGroup.signatories.filter((g) => !signers.signatories.some((x) => x.code === g.code)),
    ].filter((x) => !out.has(x.code));
  const countedReason = counted
    ? `the members of ${counted.groups.map((g) => `"${g}"`).join(' and ')}, less those that stayed out, are ${counted.codes.length}: as many as the text counts`
    : '';
  const judgement =
    // A candidate the count of a group's members confirms: "21 Arab countries … adopting the
    // Damascus Declaration" beside Lebanon staying away.
    (candidate &&
      counted && {
        confidence: COUNTED_CONFIDENCE,
        reasons: [...candidate.reasons, countedReason],
      }) ??
    candidate ??
    (byGroup &&
      bySigningGroup && {
        confidence: GROUP_CONFIDENCE,
        reasons: [
          `speaks for "${bySigningGroup.item.text}", read as its members`,
          ...byGroup.signatories.flatMap((x) => {
            const phrase = out.get(x.code);
            return phrase ? [`left out ${x.code}: ${phrase}`] : [];
          }),
        ],
      }) ??
    (author && {
      confidence: AUTHOR_CONFIDENCE,
      reasons: [author.reason],
    }) ??
    (counted && { confidence: COUNTED_CONFIDENCE, reasons: [countedReason] }) ??
    // "Ukraine read a statement on behalf of 40 countries": the reader alone is known.
    (readers.length > 0 && readers.length === signers.signatories.length
      ? { confidence: AUTHOR_CONFIDENCE, reasons: [] }
      : undefined) ??
    (anySigner ? taken : { confidence: UNSIGNED_CONFIDENCE, reasons: ['no signatory found'] });
  if (readers.length > 0) {
    judgement.reasons.push(`took ${readers.join(', ')}: read the statement out for the others`);
  }
  const confidence = judgement.confidence;
  const group = first(analysed, (a) => a.items.find((i) => i.kind === 'group')?.text);
  return reading({
    // A heading wrapped over lines (and blank lines, in a PDF) is one line of title.
    title:
      titled?.[0].title ?? heading?.sentence.text.replace(/\s+/gu, ' ') ?? context.source.title,
    adoptedOn,
    occasion: first(analysed, (a) => findOccasion(a.sentence.text)?.occasion)?.[0] ?? null,
    group: group?.[0] ?? null,
    signatories: groupSigners ?? signers.signatories,
    nonStateSignatories: signers.nonStateSignatories,
    references: entities(analysed, 'instrument'),
    organizations: entities(analysed, 'organization').filter(
      (o) => !signers.nonStateSignatories.some((s) => s.id === o.id),
    ),
    partial,
    expectedCount,
    evidence: wholeSentence(intro),
    confidence,
    reasons: judgement.reasons,
    needsReview: confidence < REVIEW_BELOW,
  });
}

// A report of several statements names each by its title ("…, titled “A”, was adopted by …");
// each title's part runs up to the next title. One title or none: one part.
function parts(analysed: Analysed[]): Analysed[][] {
  const anchors: { index: number; title: string }[] = [];
  analysed.forEach((a, index) => {
    const title = quotedTitle(a.sentence.text)?.title;
    if (title && !anchors.some((x) => x.title === title)) anchors.push({ index, title });
  });
  if (anchors.length < 2) return [analysed];
  return anchors.map((anchor, k) =>
    analysed.slice(k === 0 ? 0 : anchor.index, anchors[k + 1]?.index ?? analysed.length),
  );
}

const signed = (r: Reading) =>
  r.declaration !== undefined &&
  r.declaration.signatories.length + r.declaration.nonStateSignatories.length > 0;

// "El texto obtuvo el respaldo de 59 de los 60 países" of a summit of the EU and the Celac: no
// state named as a signer, but the members of the groups named, less those that stayed out,
// are as many as the text counts.
/**
 * The latest day an undated text names ("the attacks … on 25 August 2017"): a group's members on
 * it are nearer its statement's than today's are.
 */
function latestDay(context: Context): string | null {
  const mentions = context.all.flatMap((a) => findDates(a.sentence.text, context.language, null));
  const days = mentions.flatMap((d) => d.date ?? []);
  // "ce lundi 20 février", no year anywhere: the latest year that day was a Monday.
  const today = new Date().toISOString().slice(0, 10);
  const weekdays = mentions.flatMap((d) =>
    d.dayOfYear !== null && d.weekday !== null
      ? (latestYearWithWeekday(d.dayOfYear, d.weekday, today) ?? [])
      : [],
  );
  return days.sort().at(-1) ?? weekdays.sort().at(-1) ?? null;
}

function countedGroupsOnly(context: Context, analysed: Analysed[]): boolean {
  const count = first(
    analysed,
    (a) => statedCount(a.sentence.text) ?? standingCount(a.sentence.text),
  );
  if (!count || !analysed.some((a) => DECLARATION_NOUN.test(a.sentence.text))) return false;
  const members = countedGroupMembers(context.all, {
    count: count[0].count,
    on: context.source.publishedOn,
    out: stayedOut(context.all),
  });
  return members !== undefined;
}

/** The declarations of a story: one per titled statement when it reports several. */
export function readDeclarations(context: Context, analysed: Analysed[]): Reading[] {
  const split = parts(analysed);
  if (split.length > 1) {
    const readings = split
      .map((part) => {
        const inPart = new Set(part);
        const own = context.lists.filter((s) =>
          inPart.has(context.all[s.list.members[0]?.sentence ?? -1] as Analysed),
        );
        return declarationOf(context, part, own);
      })
      .filter(signed);
    if (readings.length > 1) return readings;
  }
  return [declarationOf(context, analysed, context.lists)];
}
