import { countryNames } from '../resolve/country-names';
import { normalizeName } from '../resolve/normalize-name';
import type { SentenceItem } from './sentence-items';
import type { Sentence } from './sentences';

const SEPARATOR = /[;,]/g;
const LOWER_NAME =
  /^(?:(?:and|et|y|und|и)\s+)?(\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3})$/u;
// A list's first name, after the preposition that opens it ("porta la firma di italia, Spagna").
const OPENING_NAME =
  /(?:^|\s)(?:of|by|di|de|du|des|da|do|von|der|между)\s+(\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2})$/u;

type Part = { start: number; end: number };

let byName: Map<string, Set<string>> | undefined;

// The one state a name stands for in any language the reader knows, by the gazetteer's names.
function stateNamed(name: string): string | undefined {
  byName ??= countryNames().reduce(
    (map, n) =>
      map.set(normalizeName(n.text), (map.get(normalizeName(n.text)) ?? new Set()).add(n.code)),
    new Map<string, Set<string>>(),
  );
  const codes = byName.get(normalizeName(name));
  const [only] = codes ?? [];
  return only && codes?.size === 1 ? only : undefined;
}

function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    parts.push({ start, end: m.index });
    start = m.index + 1;
  }
  parts.push({ start, end: text.length });
  return parts;
}

/**
 * `items` with a state item for each name a list sets in lower case between two states, as the
 * co-sponsor block of a PDF may ("…; THE STATE OF KUWAIT; kyrgyz republic; LAO …"). Only a whole
 * part between separators, with a state in the part on each side (or before the last part), is
 * read, and a list's first name after its preposition when the next two parts name states:
 * "turkey" or "chad" in prose is no state.
 */
export function withLowercaseStates(items: SentenceItem[], sentence: Sentence): SentenceItem[] {
  const text = sentence.text;
  const parts = partsOf(text);
  const statesIn = (part: Part | undefined) =>
    part !== undefined &&
    items.some((i) => i.kind === 'state' && i.start >= part.start && i.end <= part.end);
  const added: SentenceItem[] = [];
  parts.forEach((part, k) => {
    const raw = text.slice(part.start, part.end);
    const last = k === parts.length - 1;
    const inside = statesIn(parts[k - 1]) && (last || statesIn(parts[k + 1]));
    const opening = !statesIn(part) && statesIn(parts[k + 1]) && statesIn(parts[k + 2]);
    const name = inside
      ? LOWER_NAME.exec(raw.trim())?.[1]
      : opening
        ? OPENING_NAME.exec(raw.trimEnd())?.[1]
        : undefined;
    if (!name) return;
    if (items.some((i) => i.start < part.end && i.end > part.start)) return;
    const code = stateNamed(name);
    if (!code) return;
    const start = part.start + raw.lastIndexOf(name);
    const end = start + name.length;
    const at = { start: sentence.start + start, end: sentence.start + end };
    const mention = { kind: 'state' as const, ids: [code], first: -1, last: -1, ...at };
    added.push({ kind: 'state', start, end, mention, text: name });
  });
  return added.length === 0 ? items : [...items, ...added].sort((a, b) => a.start - b.start);
}
