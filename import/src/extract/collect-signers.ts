import { countryName } from '../resolve/country-names';
import { resolveCountry } from '../resolve/countries';
import { countryByTypo } from '../resolve/country-typo';
import type { GroupMembers } from '../resolve/group-members';
import { registryEntry } from '../resolve/registry';
import { signsInOwnName } from '../resolve/signing-entities';
import { DATE_WORDS } from './cues';
import type { SentenceItem } from './sentence-items';
import type { SignerList } from './signers';
import type { Evidence, ExtractedDeclaration, Extraction } from './types';

/** Turns a sentence's offsets into evidence in the original input. */
export type EvidenceAt = (start: number, end: number) => Evidence;

/** What the signer lists of a text add up to. */
export type Signers = {
  signatories: ExtractedDeclaration['signatories'];
  nonStateSignatories: ExtractedDeclaration['nonStateSignatories'];
  unresolved: Extraction['unresolved'];
  warnings: Extraction['warnings'];
  partial: boolean;
  /** Groups of group-members.yaml in a cued list, read as their members once the date is known. */
  groups: { group: GroupMembers; text: string; evidence: Evidence }[];
};

export function emptySigners(): Signers {
  return {
    signatories: [],
    nonStateSignatories: [],
    unresolved: [],
    warnings: [],
    partial: false,
    groups: [],
  };
}

const SEPARATORS =
  /\s*(?:[,;&]|(?<![\p{L}])(?:and|as well as|и|а также|et|ainsi que|y|e|und|sowie)(?![\p{L}]))\s*/iu;
// A list element that is a name: capitalised words, with "of", "and", "the" between them.
const NAME =
  /^(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|de|du|des|la|el|del)?\s*\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/**
 * Adds a signatory state once, with the evidence it was first read from. A territory another
 * state governs is left out, with a warning: it does not sign in its own name.
 */
export function addState(found: Signers, code: string, evidence: Evidence): void {
  if (found.signatories.some((s) => s.code === code)) return;
  if (!signsInOwnName(code)) {
    const message = `left out ${countryName(code)}: a territory another state governs signs in no name of its own`;
    if (!found.warnings.some((w) => w.message === message))
      found.warnings.push({ message, evidence });
    return;
  }
  found.signatories.push({ code, name: countryName(code), evidence });
}

// A name between the signers that the gazetteer does not know: a one-letter typo is read as
// the state it misspells; anything close to a state's name is left for a person to settle.
function readGap(
  found: Signers,
  sentence: string,
  options: { gap: [number, number]; at: EvidenceAt },
) {
  const [from, to] = options.gap;
  const text = sentence.slice(from, to);
  let offset = 0;
  for (const part of text.split(SEPARATORS)) {
    const start = from + text.indexOf(part, offset);
    offset = start - from + part.length;
    const name = NAME.exec(part.trim())?.[1];
    if (!name || name.split(/\s+/).some((w) => DATE_WORDS.test(w))) continue;
    const nameStart = start + part.indexOf(name);
    const evidence = options.at(nameStart, nameStart + name.length);
    const code = countryByTypo(name);
    if (code) {
      addState(found, code, evidence);
      found.warnings.push({ message: `read "${name}" as ${countryName(code)}`, evidence });
      continue;
    }
    const resolved = resolveCountry(name);
    const known = found.unresolved.some((u) => u.text === name);
    if ('candidates' in resolved && resolved.candidates.length > 0 && !known) {
      found.unresolved.push({ text: name, evidence, candidates: resolved.candidates });
    }
  }
}

const SUMMIT_AFTER =
  /^[\s-]*(?:summit|Gipfel\p{L}*|sommet|cumbre|vertice|cimeira|cúpula|саммит\p{L}*)(?![\p{L}])/iu;

/** Adds the signers of `lists` in one sentence to `found`. */
export function collectSigners(
  found: Signers,
  sentence: string,
  options: { lists: SignerList[]; items: SentenceItem[]; at: EvidenceAt },
): void {
  for (const list of options.lists) {
    found.partial ||= list.partial;
    list.items.forEach((index, i) => {
      const item = options.items[index];
      const gap = list.gaps[i];
      if (gap) readGap(found, sentence, { gap, at: options.at });
      if (!item) return;
      const evidence = options.at(item.start, item.end);
      const ids = item.mention?.ids ?? [];
      if (item.kind === 'state' && ids[0]) addState(found, ids[0], evidence);
      // A group alone is the speaker a statement's own wording names ("the CSTO ministers
      // adopted"): a list elsewhere may say who of its members signed. Beside others, it is one
      // of the signers.
      // "sign peace declaration at 47th ASEAN Summit": the group's summit is the occasion.
      const summit = SUMMIT_AFTER.test(sentence.slice(item.end));
      const group = list.items.length > 1 && !summit ? item.group : undefined;
      if (group && !found.groups.some((g) => g.group === group)) {
        found.groups.push({ group, text: item.text, evidence });
      }
      if (item.kind === 'ambiguous') {
        found.unresolved.push({ text: item.text, evidence, candidates: ids.map(countryName) });
      }
      if (item.kind === 'signer') {
        const id = item.mention?.ids[0] ?? null;
        const name = (id && registryEntry('Organization', id)?.name) ?? item.text;
        if (!found.nonStateSignatories.some((s) => s.name === name)) {
          found.nonStateSignatories.push({ name, id, evidence });
        }
      }
    });
    if (list.tail) readGap(found, sentence, { gap: list.tail, at: options.at });
  }
}
