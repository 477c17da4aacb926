import { resolveCountry } from '../resolve/countries';
import { closest, typoDistance } from '../resolve/edit-distance';
import { normalizeName } from '../resolve/normalize-name';
import { registryEntry, resolveInstrument, resolveOrganization } from '../resolve/registry';
import { stateCode } from '../resolve/state-code';

/** Keys a document defines, by label. */
export type DocumentKeys = Map<string, Set<string>>;

/** Whether `key` names a node of `label` in the document, the gazetteer or the registry. */
export function isKnownKey(options: { label: string; key: string; documentKeys: DocumentKeys }) {
  const { label, key, documentKeys } = options;
  if (documentKeys.get(label)?.has(key)) return true;
  if (label === 'State') return stateCode(key) !== undefined;
  if (label === 'Instrument' || label === 'Organization') {
    return registryEntry(label, key) !== undefined;
  }
  return false;
}

type Resolved = { exact?: string; near: string[] };

// What the gazetteer or the registry makes of the value, as keys of `label`.
function resolveKey(label: string, value: string): Resolved {
  if (label === 'State') {
    const found = resolveCountry(value);
    if ('code' in found) return { exact: found.code, near: [] };
    return { near: found.candidates.flatMap((name) => stateCode(name) ?? []) };
  }
  if (label === 'Instrument' || label === 'Organization') {
    const found = label === 'Instrument' ? resolveInstrument(value) : resolveOrganization(value);
    return 'id' in found ? { exact: found.id, near: [] } : { near: found.candidates };
  }
  return { near: [] };
}

/**
 * The keys a mistyped or unknown reference to a `label` node most likely meant: the key a
 * name stands for ("Laos" for a State gives LAO), else the document's nearest keys of that
 * label followed by the gazetteer's or registry's.
 */
export function referenceCandidates(options: {
  label: string;
  value: string;
  documentKeys: DocumentKeys;
}): string[] {
  const { label, value, documentKeys } = options;
  const resolved = resolveKey(label, value);
  if (resolved.exact) return [resolved.exact];
  const query = normalizeName(value);
  const keys = [...(documentKeys.get(label) ?? [])].map((k) => [normalizeName(k), k] as const);
  const defined = closest(query, keys, { maxDistance: typoDistance(query) });
  return [...new Set([...defined, ...resolved.near])].slice(0, 5);
}
