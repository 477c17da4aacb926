import type { TextLanguage } from '../resolve/country-names';
import { groupNamed } from '../resolve/group-members';
import type { GroupMembers } from '../resolve/group-members';
import { namedSpans } from './groups';
import type { NamedSpan } from './groups';
import { findMentions } from './mentions';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';
import type { Item } from './signers';
import { joinTerritoryNames } from './territories';
import { tokenize } from './tokens';

// Organizations that sign statements in their own name, next to states.
const SIGNING_ORGANIZATIONS = new Set(['eu']);

/** A name in a sentence: a gazetteer or registry mention, or a group or non-state signer. */
export type SentenceItem = Item & { mention?: Mention; span?: NamedSpan; text: string };

// exactOptionalPropertyTypes: a group only where there is one.
const withGroup = (group: GroupMembers | undefined) => (group ? { group } : {});

function kindOf(mention: Mention): Item['kind'] {
  if (mention.kind === 'state') return mention.ids.length === 1 ? 'state' : 'ambiguous';
  return mention.kind === 'organization' && SIGNING_ORGANIZATIONS.has(mention.ids[0] ?? '')
    ? 'signer'
    : 'other';
}

/**
 * Every name in one sentence, in order, with offsets relative to the sentence. Group names
 * hide the state names inside them ("the Group of 77 and China").
 */
export function sentenceItems(
  text: string,
  sentence: Sentence,
  languages: ReadonlySet<TextLanguage>,
): SentenceItem[] {
  const mentions = joinTerritoryNames(
    text,
    findMentions(tokenize(text, sentence.start, sentence.end), languages),
  );
  // A registry name wins over a group pattern: ICAT is the "Inter-Agency Coordination Group".
  // A group of group-members.yaml wins over a registry name inside it: "the elected members of
  // the Security Council".
  const registered = mentions
    .filter((m) => m.kind !== 'state')
    .map((m) => [m.start - sentence.start, m.end - sentence.start] as const);
  const spans = namedSpans(sentence.text).filter((span) => {
    const holds = (start: number, end: number) =>
      span.start <= start && span.end >= end && groupNamed({ name: span.name }) !== undefined;
    return !registered.some(
      ([start, end]) => span.start < end && span.end > start && !holds(start, end),
    );
  });
  const items: SentenceItem[] = spans.map((span) => ({
    kind: span.kind === 'group' ? 'group' : 'signer',
    start: span.start,
    end: span.end,
    span,
    text: span.name,
    ...withGroup(span.kind === 'group' ? groupNamed({ name: span.name }) : undefined),
  }));
  for (const mention of mentions) {
    const start = mention.start - sentence.start;
    const end = mention.end - sentence.start;
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    const organization = mention.kind === 'organization' ? mention.ids[0] : undefined;
    items.push({
      kind: kindOf(mention),
      start,
      end,
      mention,
      text: sentence.text.slice(start, end),
      ...withGroup(
        organization === undefined
          ? undefined
          : groupNamed({ organization, spokenFor: namesMembers(sentence.text, start, end) }),
      ),
    });
  }
  return withoutEnvoyTopics(
    sentence.text,
    withoutCompounds(
      sentence.text,
      withoutSurnames(
        sentence.text,
        items.sort((a, b) => a.start - b.start),
      ),
    ),
  );
}

// "…, the European Union and the UN Special Envoy for Syria": the state an envoy's title names is
// the envoy's brief, no member of the list.
const ENVOY_FOR =
  /(?:Special|Personal|UN|United\s+Nations)\s+(?:[\p{L}-]+\s+){0,2}(?:Envoy|Representative|Coordinator|Rapporteur|Adviser|Advisor)\s+(?:for|on)\s+(?:the\s+)?$/u;

function withoutEnvoyTopics(text: string, items: SentenceItem[]): SentenceItem[] {
  return items.filter(
    (item) =>
      item.kind !== 'state' ||
      !ENVOY_FOR.test(text.slice(Math.max(0, item.start - 80), item.start)),
  );
}

// "Gemeinsame Libyen-Erklärung von Deutschland, …", "Iran-backed militias": a state's name that
// opens a compound is its topic, no item of a list; "Russia-Ukraine" names two.
function withoutCompounds(text: string, items: SentenceItem[]): SentenceItem[] {
  return items.filter((item, i) => {
    if (item.kind !== 'state' || !/^-\p{L}/u.test(text.slice(item.end))) return true;
    return items[i + 1]?.start === item.end + 1;
  });
}

// "les pays de l'UE", "the EU member states", "EU-Staaten": an organization's member states, not
// the organization; "some EU countries" names none of them in particular.
// "the leaders of the European Union": its states' leaders.
const MEMBERS_BEFORE =
  /(?<![\p{L}])(?:leaders|heads\s+of\s+state\s+and\s+government|(?:foreign\s+)?ministers|dirigeants|chefs\s+d['’]État\s+et\s+de\s+gouvernement|Staats-\s+und\s+Regierungschefs|líderes|jefes\s+de\s+Estado\s+y\s+de\s+Gobierno|countries|states|member\s+states|nations|pays|États(?:\s+membres)?|países|Estados(?:\s+miembros|\s+membros)?|Länder|Staaten|Mitgliedstaaten|Mitgliedsländer|Paesi|Stati(?:\s+membri)?|стран[аы]?(?:[\s-]+член\p{L}*)?|государств[аы]?(?:[\s-]+член\p{L}*)?)\s+(?:of\s+the|de\s+l['’]|de\s+la|du|del|da|do|der|dell['’]|della)?\s*$/iu;
// "the EU and its Member States" in a list of states.
const MEMBERS_AFTER =
  /^(?:[\s-]*|\s+(?:and|et|y|e|und)\s+(?:its|ses|sus|seus|ihre|i\s+suoi)\s+(?:\d{1,2}\s+)?)(?:member\s+states|countries|states|États\s+membres|Estados\s+(?:miembros|membros)|Stati\s+membri|Mitgliedstaaten|Mitgliedsländer|Staaten|Länder)(?![\p{L}])/iu;
const SOME =
  /(?<![\p{L}])(?:several|some|many|most|almost\\s+all|nearly\\s+all|presque\\s+tous\\s+les|casi\\s+todos\\s+los|quase\\s+todos\\s+os|fast\\s+alle|quasi\\s+tutti\\s+gli|почти\\s+все|numerous|various|zahlreich\p{L}*|viele[nr]?|verschiedene[nr]?|nombreux|divers|numerosos|diversos|muchos|numerosi|molti|многие|многих|нескольких|a\s+number\s+of|certain|other|plusieurs|certains|quelques|d['’]autres|algunos|varios|otros|alguns|vários|outros|einige|mehrere|manche|andere|alcuni|diversi|altri|некоторые|ряд|другие)\s+$/iu;

function namesMembers(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const members = MEMBERS_BEFORE.exec(before);
  if (members) return !SOME.test(before.slice(0, members.index));
  if (!MEMBERS_AFTER.test(text.slice(end))) return false;
  return !SOME.test(before);
}

// "Luís Montenegro (Portugal)": a state's name after a first name, with another state in
// brackets after it, is a person's surname.
function withoutSurnames(text: string, items: SentenceItem[]): SentenceItem[] {
  return items.filter((item, i) => {
    const next = items[i + 1];
    if (item.kind !== 'state' || next?.kind !== 'state') return true;
    const id = (x: SentenceItem) => x.mention?.ids.join('/');
    return !(
      id(next) !== id(item) &&
      /^\s*\($/u.test(text.slice(item.end, next.start)) &&
      /^\s*\)/u.test(text.slice(next.end)) &&
      /\p{Lu}[\p{Ll}'’-]+ $/u.test(text.slice(Math.max(0, item.start - 30), item.start))
    );
  });
}
