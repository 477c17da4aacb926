import { countryNames } from '../resolve/country-names';
import type { TextLanguage } from '../resolve/country-names';
import { registryEntries } from '../resolve/registry';
import { BOTH_KOREAS, KOREA_ALONE } from './korea';
import type { RegistryLabel } from '../resolve/registry';
import { nameWords } from './tokens';

export type NameKind = 'state' | 'instrument' | 'organization';

/** What one indexed name stands for. */
export type NameValue = {
  kind: NameKind;
  id: string;
  /** Absent for hand-kept aliases and the registry, which hold in every language. */
  lang?: TextLanguage;
  /** For acronyms ("UAE", "США"): the letters, which the text must match in capitals. */
  exact?: string;
  /** The name starts with a lower-case word ("the former Yugoslav Republic of Macedonia"). */
  lowerStart?: boolean;
};

export type TrieNode = { next: Map<string, TrieNode>; values: NameValue[] };

const newNode = (): TrieNode => ({ next: new Map(), values: [] });

/** The letters and digits of a name written without lower case, or undefined. */
export function acronymLetters(name: string): string | undefined {
  if (/\p{Ll}/u.test(name)) return undefined;
  return name.replace(/[^\p{L}\p{N}]/gu, '');
}

// German declines names too: the genitive "Deutschlands", "des Vereinigten Königreichs", "der
// Vereinigten Staaten". A German name's words are also found with those endings.
function germanForms(norm: string): string[] {
  if (/e$/.test(norm)) return [`${norm}n`, `${norm}s`, `${norm}r`, `${norm}m`];
  if (/es$/.test(norm)) return [norm.replace(/s$/, 'n'), norm.replace(/s$/, 'r')];
  return /[a-z]$/.test(norm) ? [`${norm}s`, `${norm}es`] : [];
}

function add(root: TrieNode, name: string, value: Omit<NameValue, 'exact' | 'lowerStart'>): void {
  const words = nameWords(name);
  if (words.length === 0) return;
  let node = root;
  for (const { stem, norm } of words) {
    const child = node.next.get(stem) ?? node.next.get(norm) ?? newNode();
    node.next.set(stem, child);
    // A name word that ends like a case ending ("Вьетнам") is also found whole ("Вьетнамом").
    // A stem that keeps a vowel of the nominative ("Китай" gives "кита", "Гвинея" "гвине") is
    // also found without it, as the oblique cases stem ("Китая" gives "кит", "Гвинеи" "гвин").
    const bare = stem.replace(/(?<=[\u0400-\u04ff]{3})[аеиоуыэюя]$/u, '');
    const forms = [norm, bare, ...(value.lang === 'de' ? germanForms(norm) : [])];
    for (const form of forms) if (!node.next.has(form)) node.next.set(form, child);
    node = child;
  }
  const exact = acronymLetters(name);
  // An acronym ("CARICOM") and an alias of the same letters ("Caricom") are two names: one
  // must match in capitals, the other need not.
  const known = node.values.some(
    (v) => v.kind === value.kind && v.id === value.id && v.lang === value.lang && v.exact === exact,
  );
  const lowerStart = /^\p{Ll}/u.test(name.replace(/^the\s+/i, ''));
  if (!known)
    node.values.push({ ...value, ...(exact && { exact }), ...(lowerStart && { lowerStart }) });
}

const REGISTRY_KINDS: [RegistryLabel, NameKind][] = [
  ['Instrument', 'instrument'],
  ['Organization', 'organization'],
];

let trie: TrieNode | undefined;

/**
 * One word trie of every name running text may use for a state (gazetteer, in the languages
 * of TEXT_LANGUAGES) or for a registry instrument or organization.
 */
export function nameTrie(): TrieNode {
  if (trie) return trie;
  const root = newNode();
  for (const { code, text, lang } of countryNames()) {
    add(root, text, { kind: 'state', id: code, ...(lang && { lang }) });
  }
  for (const name of KOREA_ALONE) {
    for (const id of BOTH_KOREAS) add(root, name, { kind: 'state', id });
  }
  for (const [label, kind] of REGISTRY_KINDS) {
    for (const entry of registryEntries(label)) {
      const names = [entry.name, entry.shortName, entry.acronym, ...(entry.aliases ?? [])];
      for (const name of names) if (name) add(root, name, { kind, id: entry.id });
    }
  }
  trie = root;
  return root;
}
