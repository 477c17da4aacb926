import { countryName } from '../resolve/country-names';
import { memberGroups, membersAsCounted } from '../resolve/group-members';
import type { GroupMembers } from '../resolve/group-members';
import { registryEntry } from '../resolve/registry';
import { AD_MARKER } from './body-lines';
import type { Analysed } from './analysed';
import { wholeSentence } from './analysed';
import { addState } from './collect-signers';
import type { Signers } from './collect-signers';
import type { Member } from './enumerations';
import { membersCounted, numberWord, statedCount } from './counts';
import { DECLARATION_NOUN, THOSE_OF } from './cues';
import {
  ADDRESSED_LEAD,
  ATTENDANCE,
  GUESTS,
  EXCEPTION,
  IN_EARLIER_TIME,
  STAYED_OUT,
  STAYED_OUT_LEAD,
} from './list-cues';
import { ACCEPT, EARLIER_ACT } from './score-lists';
import type { ScoredList } from './score-lists';
import type { Evidence } from './types';

/** How sure a reading is, and why: what a declaration's confidence and reasons come from. */
export type Judgement = { confidence: number; reasons: string[] };

/** Below this confidence a declaration waits for a person. */
export const REVIEW_BELOW = 0.5;

/** A list's score as a confidence: the accepting score reads as 0.74, each point adds 0.08. */
export const listConfidence = (score: number) =>
  Math.round(100 * Math.min(0.97, Math.max(0.05, 0.5 + 0.08 * score))) / 100;

const CANDIDATE_CONFIDENCE = 0.3;
// Taken, not proposed, when nothing speaks against it and the statement stands beside it.
const BESIDE_CONFIDENCE = 0.55;

/** Adds a listed group's members on `on` (today when null), and warns that it did. */
export function addGroupMembers(
  found: Signers,
  listed: Signers['groups'][number],
  options: { on: string | null; stayedOut: ReadonlyMap<string, string> },
): void {
  const at = listed.evidence.sentence.indexOf(listed.text);
  const sentence = listed.evidence.sentence;
  // "the 10 members of ASEAN" in an undated text: the group when it had as many.
  const members =
    at < 0
      ? undefined
      : membersCounted(sentence.slice(0, at), sentence.slice(at + listed.text.length));
  const { members: all, when } = membersAsCounted(
    listed.group,
    options.on,
    options.on === null ? members : undefined,
  );
  const counted = at < 0 ? undefined : countedBefore(sentence.slice(0, at));
  // "on behalf of 26 European Union Member States": fewer than the group holds. The states the
  // text says stayed out make up the difference, or no member can be told from the others.
  const codes =
    counted === undefined || counted >= all.length
      ? all
      : all.filter((code) => !options.stayedOut.has(code));
  if (counted !== undefined && counted < all.length && codes.length !== counted) {
    found.partial = true;
    found.warnings.push({
      message: `"${listed.text}" counted as ${counted} of its ${all.length} members: read as none of them, since the text does not say which stayed out`,
      evidence: listed.evidence,
    });
    return;
  }
  // A member the text says stayed out signs none of it: "every EU country apart from Hungary".
  const kept = codes.filter((code) => !options.stayedOut.has(code));
  for (const code of kept) addState(found, code, listed.evidence);
  found.warnings.push({
    message: `"${listed.text}" in a list of signers: read as its ${kept.length} members ${when} from import/reference/group-members.yaml`,
    evidence: listed.evidence,
  });
}

// A count right before a group's name, or before its members' noun: "26 EU-Mitgliedstaaten",
// "26 European Union Member States", "26 États membres de l'UE", "undici Paesi Ue".
const COUNT_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)\\s+(?:(?:member\\s+states|États\\s+membres|Estados\\s+(?:miembros|membros)|Stati\\s+membri|Mitgliedstaaten|государств\\p{L}*(?:[\\s-]+членов)?)\\s+(?:of\\s+the|de\\s+l['’]|de\\s+la|del|da|dell['’]|der|des)\\s*|(?:Paesi|países|pays|Staaten|Länder)\\s+)?(?:the\\s+)?$`,
  'iu',
);

/** The count of a group's members right before its name, as in "26 EU-Mitgliedstaaten". */
export function countedBefore(before: string): number | undefined {
  const m = COUNT_BEFORE.exec(before.slice(-60));
  return m?.[1] === undefined ? undefined : numberWord(m[1]);
}

const THOSE_OF_BEFORE = new RegExp(`(?<![\\p{L}])${THOSE_OF}\\s*$`, 'iu');

export function addMember(found: Signers, member: Member, options: { all: Analysed[] }): void {
  const { all } = options;
  const a = all[member.sentence];
  if (!a) return;
  const evidence = a.at(member.start - a.sentence.start, member.end - a.sentence.start);
  const [id] = member.ids;
  if (member.kind === 'state' && id) {
    const had = found.signatories.length;
    addState(found, id, evidence);
    if (member.typo && found.signatories.length > had) {
      found.warnings.push({ message: `read "${member.text}" as ${countryName(id)}`, evidence });
    }
  }
  const group = member.kind === 'group' ? memberGroups().find((g) => g.id === id) : undefined;
  // Read as its members once the statement's date is known, unless the text names them.
  if (group && !found.groups.some((g) => g.group === group)) {
    found.groups.push({ group, text: member.text, evidence });
  }
  if (member.kind === 'ambiguous' && !found.unresolved.some((u) => u.text === member.text)) {
    found.unresolved.push({ text: member.text, evidence, candidates: member.ids.map(countryName) });
  }
  // "84 países, entre os quais os da União Europeia": those of a body, its members.
  const membersOf =
    member.kind === 'signer' &&
    THOSE_OF_BEFORE.test(a.sentence.text.slice(0, member.start - a.sentence.start))
      ? memberGroups().find((g) => g.organization === id)
      : undefined;
  if (membersOf && !found.groups.some((g) => g.group === membersOf)) {
    found.groups.push({ group: membersOf, text: member.text, evidence });
    return;
  }
  if (member.kind === 'signer') {
    const name = (id && registryEntry('Organization', id)?.name) ?? member.text;
    if (!found.nonStateSignatories.some((s) => s.name === name)) {
      found.nonStateSignatories.push({ name, id: id ?? null, evidence });
    }
  }
}

const describe = (s: ScoredList) =>
  `list of ${s.list.members.length} from "${s.list.members[0]?.text ?? ''}" (score ${s.score}: ${s.reasons.join('; ') || 'nothing ties it to signing'})`;

// The cue reader's lists count as this strong against a list found here that names other
// states: a list with a cue of its own right before it (4) wins.
const CUED_SCORE = 3;
// A list this low is no list of signers, whatever reader took its names.
const VETO = -4;

function evidenceStart(member: Member, all: Analysed[]): number | undefined {
  const a = all[member.sentence];
  return a?.at(member.start - a.sentence.start, member.end - a.sentence.start).start;
}

const stateIds = (s: ScoredList) => new Set(s.list.members.flatMap((m) => m.ids));

// "Saudi Arabia, the UAE and Bahrain … the GCC, which brings together Saudi Arabia, Bahrain,
// Kuwait, Qatar, UAE and Oman": the group the signers belong to, set out, adds no signer.
function withoutMemberships(accepted: ScoredList[], reasons: string[]): ScoredList[] {
  return accepted.filter((s) => {
    if (!s.membership) return true;
    const members = stateIds(s);
    const within = accepted.find(
      (other) =>
        !other.membership &&
        stateIds(other).size < members.size &&
        [...stateIds(other)].every((id) => members.has(id)),
    );
    if (within)
      reasons.push(`left out ${describe(s)}: the membership of a group the signers are in`);
    return !within;
  });
}

// "as well as", "ainsi que", "así como", …: the words that go on with more of the same.
// "nicht nur Österreich, …, sondern auch Kroatien und Lettland": not only, but also.
const AS_WELL_AS = String.raw`as\s+well\s+as|along\s+with|de\s+même\s+que|ainsi\s+que|así\s+como|assim\s+como|bem\s+como|sowie|а\s+также|nonché|sondern\s+auch|but\s+also|mais\s+aussi|sino\s+también|mas\s+também|ma\s+anche`;

// "le Président du Bénin, … et du Togo, de même que les ministres des Affaires étrangères de la
// Gambie, …": one sentence of attendance, going on with more of the same meeting's members.
const GOES_ON = new RegExp(
  String.raw`^[^.;:]{0,120}?(?<![\p{L}])(?:${AS_WELL_AS}|as\s+(?:were|are|did)|together\s+with)(?![\p{L}])[^.;:]{0,120}$`,
  'iu',
);

// "A, B …, ainsi que 19 autres donateurs (C, D …)": the names before "N others" are of their kind.
const OTHERS_AFTER = new RegExp(
  String.raw`^[^.;]{0,300}(?<![\p{L}])(?:${AS_WELL_AS}|and|plus|et|y|e|und|и)\s+(?:\d{1,3}|[\p{L}-]+)\s+(?:other|autres|otros|otras|outros|outras|altri|altre|weitere|anderen|других)\s+[\p{L}-]+\s*[(:–—-]\s*$`,
  'iu',
);

/** The lists not taken that go on with one taken in its sentence, each with the one it goes on with. */
function goingOn(
  took: ScoredList[],
  lists: ScoredList[],
  text: string,
): [ScoredList, ScoredList][] {
  // "Einen Korrekturmechanismus verlangen nun nicht nur A, B, C und D, sondern auch E und F": a
  // taken list named again goes on there too.
  const again = lists.filter((x) => !took.includes(x) && took.some((t) => sameStates(x, t)));
  return lists
    .filter((x) => !x.accepted && x.score > VETO && !took.includes(x))
    .flatMap((s): [ScoredList, ScoredList][] => {
      const from = [...took, ...again].find(
        (t) =>
          (t.attendance || s.score > 0 || s.partial || again.includes(t)) &&
          t.list.members[0]?.sentence === s.list.members[0]?.sentence &&
          (t.list.start < s.list.start
            ? continues(t, s, text)
            : OTHERS_AFTER.test(text.slice(s.list.end, t.list.start))),
      );
      return from ? [[s, from]] : [];
    });
}

// "supported by the Candidate Countries A, B and C, by the EFTA countries D and E, … and by F":
// the same agent's word again.
const AGAIN_BY = /^\s*,\s*(?:(?:and|et|y|e|und)\s+)?(by|par|por|von|da)\s/iu;

function continues(taken: ScoredList, next: ScoredList, text: string): boolean {
  const [first, second] = taken.list.start < next.list.start ? [taken, next] : [next, taken];
  const gap = text.slice(first.list.end, second.list.start);
  const by = AGAIN_BY.exec(gap)?.[1];
  const lead = text.slice(Math.max(0, first.list.start - 80), first.list.start);
  return (
    GOES_ON.test(gap) || (by !== undefined && new RegExp(`(?<![\\p{L}])${by}\\s`, 'iu').test(lead))
  );
}

// A cue that says the list signed too: "sottoscritta anche da", "also signed by", "firmada también por".
const ALSO_BEFORE =
  /(?<![\p{L}])(?:also|too|anche|pure|también|aussi|également|auch|também|ebenfalls|так\p{L}*\s+же|также)(?![\p{L}])[^.;:]{0,30}$/iu;

// "Myanmar, the Philippines, Zimbabwe and others also put their names to it": "also" after the list.
const ALSO_AFTER =
  /^[^.;:]{0,20}?(?<![\p{L}])(?:also|too)\s+(?:signed|put\s+their\s+names|joined|endorsed|backed|co-?signed)(?![\p{L}])/iu;

// "George Talbot, embajador de la República Cooperativa de Guyana, también estampó su firma": one
// state, the subject of "also signed", past an apposition.
const ALSO_SIGNED_AFTER =
  /^[^.;:]{0,60}?(?<![\p{L}])(?:also|too|también|aussi|également|auch|ebenfalls|também|anche|pure)\s+(?:signed|firmó|suscribió|estampó\s+su\s+firma|a\s+signé|unterzeichnete|assinou|ha\s+firmato|firmò|put\s+(?:its|his|her)\s+(?:name|signature)\s+to)(?![\p{L}])/iu;

// "Auch Spanien steht unter dem Papier": its name is under the text too.
const ALSO_LEAD = /(?:^|[.;:]\s*)(?:auch|ebenfalls)\s+$/iu;
const UNDER_TEXT_AFTER =
  /^\s+(?:steht|stehen|stand|standen)\s+(?:(?:auch|ebenfalls)\s+)?unter\s+(?:dem|der|den)\s+(?:Papier|Erklärung|Dokument|Text|Brief|Aufruf|Appell)(?![\p{L}])/iu;

// "Italy held off … before adding its name, and Austria and Greece followed suit": after the list,
// states that put their names to the text too, without an "also".
const ADDED_AFTER =
  /^[^.;:]{0,100}?(?<![\p{L}])(?:add(?:ed|ing)\s+(?:its|their)\s+(?:own\s+)?(?:names?|signatures?)|followed\s+suit)(?![\p{L}])/iu;

/** States a sentence by or after a taken list says "also" signed, one by one. */
function alsoSigned(took: ScoredList[], all: Analysed[], found: Signers): string[] {
  const near = new Set(
    took.flatMap((t) => {
      const at = t.list.members[0]?.sentence;
      return at === undefined ? [] : [at, at + 1];
    }),
  );
  const added: string[] = [];
  for (const k of near) {
    const a = all[k];
    const states = a?.items.filter((i) => i.kind === 'state') ?? [];
    for (const [j, item] of states.entries()) {
      const code = item.mention?.ids[0];
      if (!a || !code || found.signatories.some((x) => x.code === code)) continue;
      const rest = a.sentence.text.slice(item.end, states[j + 1]?.start);
      const lead = a.sentence.text.slice(states[j - 1]?.end ?? 0, item.start);
      // "Austria and Greece followed suit": what follows the run is said of each in it.
      let last = j;
      while (
        states[last + 1] &&
        JOINED.test(a.sentence.text.slice(states[last]?.end, states[last + 1]?.start))
      )
        last++;
      const after = a.sentence.text.slice(states[last]?.end, states[last + 1]?.start);
      const addedName = ADDED_AFTER.test(after);
      if (
        !ALSO_SIGNED_AFTER.test(rest) &&
        !(ALSO_LEAD.test(lead) && UNDER_TEXT_AFTER.test(rest)) &&
        !addedName
      )
        continue;
      addState(found, code, a.at(item.start, item.end));
      added.push(code);
    }
  }
  return added;
}

function followOf(s: ScoredList, all: Analysed[]): string {
  const last = s.list.members[s.list.members.length - 1];
  const a = last && all[last.sentence];
  return a ? a.sentence.text.slice(last.end - a.sentence.start) : '';
}

function leadOf(s: ScoredList, all: Analysed[]): string {
  const [first] = s.list.members;
  const a = first && all[first.sentence];
  return a
    ? a.sentence.text.slice(
        Math.max(0, first.start - a.sentence.start - 60),
        first.start - a.sentence.start,
      )
    : '';
}

// A list whose only tie to signing is that the text counts as many names.
const onlyCounted = (s: ScoredList) =>
  s.reasons.every((r) => !r.startsWith('+') || r.endsWith('as many as the text counts'));

/**
 * Adds the members of the accepted lists to `found`, best first, and says why. A later list of
 * attendance that names none of the states taken, and scores no higher, is left out: members
 * come before guests. States the cue reader took from a list scored as an object, a place or
 * another text's authors are taken out again.
 */
export function takeLists(
  found: Signers,
  options: { lists: ScoredList[]; all: Analysed[]; text: string },
): Judgement & { sentences: Analysed[] } {
  const { lists, all } = options;
  const reasons: string[] = [];
  for (const s of lists.filter((x) => x.score <= VETO)) {
    const starts = new Set(s.list.members.map((m) => evidenceStart(m, all)));
    const out = found.signatories.filter((sig) => starts.has(sig.evidence.start));
    if (out.length === 0) continue;
    found.signatories = found.signatories.filter((sig) => !out.includes(sig));
    reasons.push(`left out ${out.map((o) => o.code).join(', ')}: ${describe(s)}`);
  }
  // "On July 10, 22 countries, among them …, had issued a statement" beside the signers of the
  // text the story reports: the earlier act's, the cue reader's reading of its sentence too.
  if (lists.some((x) => x.accepted)) {
    for (const s of lists.filter(
      (x) => !x.accepted && x.reasons.some((r) => r.includes(EARLIER_ACT)),
    )) {
      const a = all[s.list.members[0]?.sentence ?? -1];
      if (!a) continue;
      const whole = wholeSentence(a);
      const inside = (e: Evidence) => e.start >= whole.start && e.start < whole.end;
      const out = found.signatories.filter((sig) => inside(sig.evidence));
      found.signatories = found.signatories.filter((sig) => !out.includes(sig));
      found.nonStateSignatories = found.nonStateSignatories.filter((x) => !inside(x.evidence));
      found.groups = found.groups.filter((g) => !inside(g.evidence));
      reasons.push(`left out ${describe(s)}: an act before the text's`);
    }
  }
  const cued =
    found.signatories.length + found.nonStateSignatories.length + found.groups.length > 0;
  if (cued) reasons.unshift('a signing cue in the sentence ties its list to signing');
  let confidence = cued ? 0.9 : 0;
  let best = cued ? CUED_SCORE : -Infinity;
  const sentences: Analysed[] = [];
  const accepted = withoutMemberships(
    lists.filter((s) => s.accepted),
    reasons,
  ).sort((a, b) => b.score - a.score || a.list.start - b.list.start);
  const took: ScoredList[] = [];
  for (const s of accepted) {
    const taken = new Set(found.signatories.map((x) => x.code));
    const shares = s.list.members.some((m) => m.ids.some((id) => taken.has(id)));
    // Members and guests of one meeting are two lists of attendance: the first are the members;
    // members who sent others in their leaders' place are named apart, not as guests.
    const sentDelegates =
      s.represented === true &&
      !GUESTS.test(all[s.list.members[0]?.sentence ?? -1]?.sentence.text ?? '');
    if (
      taken.size > 0 &&
      !shares &&
      s.score <= best &&
      s.attendance &&
      !sentDelegates &&
      !took.some((t) => continues(t, s, options.text))
    ) {
      reasons.push(`left out ${describe(s)}: other states than the signers taken`);
      continue;
    }
    const adds = s.list.members.some((m) => m.ids.some((id) => !taken.has(id)));
    // "Taking part were … the Ambassador of Turkmenistan" beside "the foreign ministers of A, B and
    // C adopted": who attended besides the signers named apart did not sign.
    const attended =
      s.attendance || ATTENDANCE.test(all[s.list.members[0]?.sentence ?? -1]?.sentence.text ?? '');
    if (attended && shares && adds && s.score < best) {
      reasons.push(`left out ${describe(s)}: attended, the signers are named apart`);
      continue;
    }
    // "Turkey and Greece are still at odds": a pair that only matches a count of the text, beside
    // a stronger list, adds a party to another story, not a signer.
    const pair = s.list.members.length === 2 && shares && adds && onlyCounted(s);
    if (pair && s.score < best && s.score <= ACCEPT) {
      reasons.push(`left out ${describe(s)}: weaker than the signers taken, names others`);
      continue;
    }
    took.push(s);
    const before = found.signatories.length;
    found.partial ||= s.partial;
    for (const member of s.list.members) addMember(found, member, options);
    const added = found.signatories.length - before;
    reasons.push(`took ${describe(s)}${added < s.list.members.length ? `, ${added} new` : ''}`);
    confidence = Math.max(confidence, listConfidence(s.score));
    best = Math.max(best, s.score);
    const a = all[s.list.members[0]?.sentence ?? -1];
    if (a) sentences.push(a);
  }
  // "Participaram ainda da reunião os presidentes …, assim como os primeiros-ministros …": the
  // rest of the attendance the sentence goes on with, whatever its own lead; and of the signers,
  // when nothing speaks against it ("Those signing … include … France and Germany - as well as
  // …, along with Brazil, Japan and Palestine", "…, as were European countries including …").
  for (const [s, from] of goingOn(took, lists, options.text)) {
    for (const member of s.list.members) addMember(found, member, options);
    reasons.push(`took ${describe(s)}: goes on with ${describe(from)}`);
  }
  // "una dichiarazione congiunta (sottoscritta anche da Germania e Croazia)": signed also by
  // these, so by the states the story names beside the statement too.
  const also = took.find(
    (t) => ALSO_BEFORE.test(leadOf(t, all)) || ALSO_AFTER.test(followOf(t, all)),
  );
  const alsoSentence = also?.list.members[0]?.sentence;
  if (also && alsoSentence !== undefined) {
    const out = stayedOut(all);
    // The others stand before it, in its sentence or the one before.
    const before = (x: ScoredList) =>
      x.list.end <= also.list.start &&
      [alsoSentence, alsoSentence - 1].includes(x.list.members[0]?.sentence ?? -1);
    for (const s of lists.filter((x) => !x.accepted && x.score >= 0 && before(x))) {
      if (s.list.members.some((m) => m.ids.some((id) => out.has(id)))) continue;
      // "llamaron este jueves a Venezuela y a Guyana": whom the signers speak to.
      if (ADDRESSED_LEAD.test(leadOf(s, all))) continue;
      const beside = besideStatement(s, all);
      if (!beside) continue;
      for (const member of s.list.members) addMember(found, member, options);
      reasons.push(`took ${describe(s)}: the statement was signed "also" by others, and ${beside}`);
    }
  }
  for (const code of alsoSigned(took, all, found)) {
    reasons.push(`took ${code}: named beside the list as having "also" signed`);
  }
  for (const [code, phrase] of stayedOut(all)) {
    if (!found.signatories.some((x) => x.code === code)) continue;
    found.signatories = found.signatories.filter((x) => x.code !== code);
    reasons.push(`left out ${code}: ${phrase}`);
  }
  return { confidence, reasons, sentences };
}

// "China and Russia, which …, had not backed it" says it of both: what follows the last state of
// a run joined by "and" or commas is read after each of them.
// "les présidents de la Hongrie et de la Bulgarie ne l'ont pas signée": articles and "de" too.
const JOINED =
  /^\s*(?:,\s*)?(?:(?:and|or|et|ou|y|o|e|und|oder|и|или)\s+)?(?:(?:the|de\s+la|de|du|des|la|le|les|el|los|las|der|die|den)\s+|de\s+l['’]|l['’])?$/iu;

// "l'ensemble des pays de l'Union européenne (UE), hormis la Hongrie, ont apposé leur signature",
// "backed by every EU country apart from Hungary" (after "all", "apart from" leaves out).
const ALL_EXCEPT = new RegExp(
  `(?<![\\p{L}])(?:all|every|tous|toutes|l['’]ensemble|todos|todas|alle|sämtliche|tutti|tutte|все)(?![\\p{L}])[^.;:]{0,100}?(?:${EXCEPTION.source}|(?<![\\p{L}])(?:apart|aside)\\s+from)\\s*(?:(?:the|la|le|les|el|los|las|die|der|den|il|lo|gli|a|o|os|as)\\s+|l['’])?$`,
  'iu',
);

const GROUP_EXCEPT = new RegExp(
  `^(?:\\s*(?:member\\s+)?(?:states|countries|nations))?\\s*,?\\s*(?:${EXCEPTION.source})\\s*(?:(?:the|la|le|les|el|los|las|die|der|den|il|lo|gli|a|o|os|as)\\s+|l['’])?$`,
  'iu',
);

// How far before a state the words that leave it out can start: both patterns are bounded, so a
// sentence that lists thousands of names is read in linear time.
const LEAD_REACH = 300;

const stayedOutOf = new WeakMap<Analysed[], ReadonlyMap<string, string>>();

/**
 * The states a text says stayed out of the statement, with the words that say so; read once per
 * text, since every step of the reading asks.
 */
const EXCEPT_HEAD = new RegExp(
  `^\\s*(?:${EXCEPTION.source})\\s*(?:(?:the|la|le|les|el|los|las|die|der|den|il|lo|gli|a|o|os|as)\\s+|l['’])?$`,
  'iu',
);
const PLACE_BEFORE = /(?<![\p{L}])(?:в|во|in|en|à|au|nel|nella|im|em|na|no)\s+$/iu;

export function stayedOut(all: Analysed[]): ReadonlyMap<string, string> {
  const known = stayedOutOf.get(all);
  if (known) return known;
  const out = new Map<string, string>();
  // "Only days earlier, India had refused to sign a joint communiqué of the SCO": another text.
  for (const a of all.filter((x) => !IN_EARLIER_TIME.test(x.sentence.text))) {
    const states = a.items.filter((i) => i.kind === 'state');
    states.forEach((item, i) => {
      let last = item;
      for (const next of states.slice(i + 1)) {
        if (!JOINED.test(a.sentence.text.slice(last.end, next.start))) break;
        last = next;
      }
      const code = item.mention?.ids[0];
      // "Итоговый документ конференции в Швейцарии не поддержали 11 стран": where it met.
      const place = PLACE_BEFORE.test(
        a.sentence.text.slice(Math.max(0, item.start - 8), item.start),
      );
      const m = code && !place && STAYED_OUT.exec(a.sentence.text.slice(last.end));
      if (code && m) out.set(code, `"${a.sentence.text.slice(item.start, last.end)}${m[0]}"`);
      const all =
        code &&
        ALL_EXCEPT.exec(a.sentence.text.slice(Math.max(0, item.start - LEAD_REACH), item.start));
      if (code && all) out.set(code, `"${all[0]}${item.text}"`);
      // "The member states of the European Union, with the exception of Hungary, issued": a
      // group named just before, less the state.
      const group = a.items.findLast((g) => g.group !== undefined && g.end <= item.start);
      const less = code && group && GROUP_EXCEPT.exec(a.sentence.text.slice(group.end, item.start));
      if (code && group && less) out.set(code, `"${group.text}${less[0]}${item.text}"`);
      // "Salvo Argentina, Nicaragua y Paraguay, las delegaciones renovaron …": the run an
      // exception opens the sentence with.
      const head = i === 0 && EXCEPT_HEAD.exec(a.sentence.text.slice(0, item.start));
      if (head) {
        for (const x of states.slice(0, states.indexOf(last) + 1)) {
          const id = x.mention?.ids[0];
          if (id) out.set(id, `"${head[0]}${a.sentence.text.slice(item.start, last.end)}"`);
        }
      }
    });
  }
  const read = new Map([...out, ...listedAsStayingOut(all)]);
  stayedOutOf.set(all, read);
  return read;
}

/**
 * The states the text says stayed out of what `group` said: in sentences that name no other
 * group or organization ("India had refused to sign a communiqué of the SCO" is no word on the
 * Quad's statement), and those it lists as staying out.
 */
export function stayedOutOfGroup(
  all: Analysed[],
  group: GroupMembers,
): ReadonlyMap<string, string> {
  const other = (item: Analysed['items'][number]) =>
    (item.group !== undefined && item.group.id !== group.id) ||
    (item.mention?.kind === 'organization' && item.mention.ids[0] !== group.organization);
  const beside = all.filter((a) => !a.items.some(other));
  return new Map([...stayedOut(beside), ...listedAsStayingOut(all)]);
}

/**
 * The states a text lists as those that stayed out, after words that say so: "optaron por no
 * sumarse a la resolución: Argentina, Paraguay y Nicaragua". Such a list speaks of the statement
 * the text is about, so it takes states out of a group's members too.
 */
export function listedAsStayingOut(all: Analysed[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of all) {
    const states = a.items.filter((i) => i.kind === 'state');
    states.forEach((item, i) => {
      // The words that say so stand after the state before: a long list reads little each.
      const from = Math.max(0, item.start - LEAD_REACH, states[i - 1]?.end ?? 0);
      const lead = STAYED_OUT_LEAD.exec(a.sentence.text.slice(from, item.start));
      const code = item.mention?.ids[0];
      if (!lead || !code) return;
      let last = item;
      for (const next of states.slice(i + 1)) {
        if (!JOINED.test(a.sentence.text.slice(last.end, next.start))) break;
        last = next;
      }
      for (const s of states.slice(i, states.indexOf(last) + 1)) {
        const id = s.mention?.ids[0];
        if (id) out.set(id, `"${lead[0].trim()} ${a.sentence.text.slice(item.start, last.end)}"`);
      }
    });
  }
  for (const [id, line] of linesUnderStayedOutLead(all)) out.set(id, line);
  return out;
}

/** A state alone on its line, as in a bulleted list: "- Arménie". */
const BARE_LINE = /^[\s\-*•\u2013\d.)(]*$/u;

/**
 * The states set out a line each below a sentence that ends with words saying they stayed out:
 * "… tandis que 13 pays ont refusé d'y apposer leur signature, parmi lesquels :" over "- Arménie".
 */
function linesUnderStayedOutLead(all: Analysed[]): Map<string, string> {
  const out = new Map<string, string>();
  all.forEach((a, i) => {
    const lead = STAYED_OUT_LEAD.exec(a.sentence.text);
    if (!lead || a.items.some((item) => item.start >= lead.index)) return;
    for (const line of all.slice(i + 1)) {
      const [item, ...more] = line.items;
      const id = item?.kind === 'state' ? item.mention?.ids[0] : undefined;
      const bare =
        BARE_LINE.test(line.sentence.text.slice(0, item?.start ?? 0)) &&
        /^[\s.,;]*$/u.test(line.sentence.text.slice(item?.end ?? 0));
      if (!id || more.length > 0 || !bare) break;
      out.set(id, `"${lead[0].trim()}" ${line.sentence.text.trim()}`);
    }
  });
  return out;
}

/**
 * When the text ties no list to signing, the best-scored list of three or more states, as a
 * candidate for review, with why it was not accepted; undefined when there is none. A list the
 * text makes an object, a place or another text's authors is no candidate.
 */
export function proposeCandidate(
  found: Signers,
  options: { lists: ScoredList[]; all: Analysed[]; text: string },
): (Judgement & { sentence: Analysed | undefined }) | undefined {
  const out = stayedOut(options.all);
  const [candidate] = options.lists
    .filter((s) => s.score > VETO && new Set(s.list.members.flatMap((m) => m.ids)).size >= 3)
    .filter((s) => !s.list.members.every((m) => m.ids.some((id) => out.has(id))))
    .sort((a, b) => b.score - a.score);
  if (!candidate) return undefined;
  for (const member of candidate.list.members) addMember(found, member, options);
  const sentence = options.all[candidate.list.members[0]?.sentence ?? -1];
  // "Грузия участвовать в заседании … не стала": a format's members set out in brackets, less
  // the few the text says stayed out, are still the statement's.
  const ids = stateIds(candidate);
  const outOfIt = [...ids].filter((id) => out.has(id));
  const beside =
    candidate.score >= 0 && outOfIt.length * 2 < ids.size
      ? options.lists
          .filter((s) => s.score >= 0 && sameStates(s, candidate))
          .map((s) => besideStatement(s, options.all))
          .find((b) => b !== undefined)
      : undefined;
  if (beside) {
    // "Among them were Australia, Canada and Japan, together with European states including …".
    const more = goingOn([candidate], options.lists, options.text);
    for (const [s] of more) for (const member of s.list.members) addMember(found, member, options);
    found.signatories = found.signatories.filter((x) => !outOfIt.includes(x.code));
    return {
      confidence: BESIDE_CONFIDENCE,
      reasons: [
        `took ${describe(candidate)}: nothing against it, and ${beside}`,
        ...more.map(([s, from]) => `took ${describe(s)}: goes on with ${describe(from)}`),
        ...outOfIt.map((id) => `left out ${id}: ${out.get(id) ?? ''}`),
      ],
      sentence,
    };
  }
  return {
    confidence: Math.min(CANDIDATE_CONFIDENCE, listConfidence(candidate.score)),
    reasons: [`not accepted, proposed for review: ${describe(candidate)}`],
    sentence,
  };
}

// The headline's list again in the body: "México, Argentina, Colombia y Bolivia cierran filas".
function sameStates(a: ScoredList, b: ScoredList): boolean {
  const [x, y] = [stateIds(a), stateIds(b)];
  return x.size === y.size && [...x].every((id) => y.has(id));
}

/**
 * The statement a list stands beside, when it names one before its verb or in a sentence next
 * to it: "Portée par la France, …, la déclaration reproche", "Los gobiernos de A, B, C y D
 * unieron fuerzas. Mediante una declaración conjunta, …". In the list's own sentence the
 * statement must come after it: "the statement voiced support for the hopes of A, B and C" has
 * the states as its object.
 */
function besideStatement(candidate: ScoredList, all: Analysed[]): string | undefined {
  const [firstMember] = candidate.list.members;
  const last = candidate.list.members[candidate.list.members.length - 1];
  if (!firstMember || !last) return undefined;
  const own = all[last.sentence];
  const after = own?.sentence.text.slice(last.end - own.sentence.start);
  const inOwn = after && DECLARATION_NOUN.exec(after);
  const before = all
    .slice(0, firstMember.sentence)
    .reverse()
    .find((a) => !AD_MARKER.test(a.sentence.text.trim()));
  const next = all[last.sentence + 1];
  // "endorsed by 25 of the 27 member states. Estonia, Latvia and Lithuania went further": a
  // count of other signers beside it says the list is not they.
  const states = stateIds(candidate).size;
  // A partial list ("mehrere arabische Staaten, unter ihnen …") is fewer than its count.
  const counted = [before, own, next].some((a) => {
    const count = a && statedCount(a.sentence.text)?.count;
    return count !== undefined && count !== states && !(candidate.partial && count > states);
  });
  if (counted) return undefined;
  if (inOwn) return `'${inOwn[0].trim()}' after it`;
  for (const a of [before, next]) {
    const m = a && DECLARATION_NOUN.exec(a.sentence.text);
    if (m) return `'${m[0].trim()}' in the sentence ${a === before ? 'before' : 'after'} it`;
  }
  return undefined;
}
