import { countryName } from '../resolve/country-names';
import { membersOn } from '../resolve/group-members';
import type { GroupMembers } from '../resolve/group-members';
import type { Analysed } from './analysed';
import { DECLARATION_NOUN } from './cues';
import type { SentenceItem } from './sentence-items';
import type { ExtractedSignatory, Extraction } from './types';

// A title that ends on the group: "Statement of the Foreign Ministers of the Visegrad Group",
// "Déclaration des dirigeants du Triangle de Weimar", "Erklärung der Außenminister des".
const TITLE_OF = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){0,2}?${DECLARATION_NOUN.source}(?:\\s+[\\p{L}'’-]+){0,6}?\\s+(?:of|by|from|des|du|de\\s+la|der|des|de|del|de\\s+los|di|dei|della|dos|das)\\s+(?:the\\s+)?[«“"]?\\s*$`,
  'iu',
);

// The group's summit, right after its name.
const SUMMIT_AFTER =
  /^[\s-]*(?:summit|Gipfel\p{L}*|sommet|cumbre|vertice|cimeira|cúpula|саммит\p{L}*|峰[会會])/iu;

/** A group of group-members.yaml that a statement speaks for, and where the text says so. */
export type SigningGroup = { group: GroupMembers; item: SentenceItem; sentence: Analysed };

/**
 * The group right after a signing cue ("We, the Leaders of the G20", "on behalf of ASEAN"), or
 * at the head of the statement's title ("G7 Foreign Ministers' Statement on Iran").
 */
export function signingGroup(analysed: Analysed[], titles: Analysed[]): SigningGroup | undefined {
  for (const sentence of analysed) {
    for (const list of sentence.lists) {
      const item = sentence.items.find((i) => i.start >= list.cueEnd);
      const between = item && sentence.sentence.text.slice(list.cueEnd, item.start);
      const group =
        item &&
        /^\s*(?:(?:the|la|le|les|el|los|las|die|der|den|das)\s+|l['’])?$/iu.test(between ?? '')
          ? item.group
          : undefined;
      if (group && item) return { group, item, sentence };
    }
  }
  // "vom G7-Gipfel … eine gemeinsame Abschlusserklärung", "the G20 summit adopted a declaration".
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    for (const item of sentence.items) {
      const group = item.group;
      if (!group || !SUMMIT_AFTER.test(text.slice(item.end))) continue;
      // "the declaration released as the SCO summit drew to a close": before or after.
      if (DECLARATION_NOUN.test(text)) return { group, item, sentence };
    }
  }
  for (const sentence of titles) {
    const [item] = sentence.items;
    const group = item ? item.group : undefined;
    if (!group || !item) continue;
    const text = sentence.sentence.text;
    const before = text.slice(0, item.start);
    const heads = /^(?:the\s+)?$/iu.test(before) && DECLARATION_NOUN.test(text.slice(item.end));
    if (heads || TITLE_OF.test(before)) return { group, item, sentence };
  }
  return undefined;
}

/**
 * The signatories of a statement that names no state but speaks for a group of
 * import/reference/group-members.yaml: the group's members on `on`, each with the group's name
 * as evidence, and a warning that says so, since a member may have stayed out.
 */
export function groupSignatories(
  found: SigningGroup,
  on: string | null,
): { signatories: ExtractedSignatory[]; warning: Extraction['warnings'][number] } {
  const evidence = found.sentence.at(found.item.start, found.item.end);
  const codes = membersOn(found.group, on);
  return {
    signatories: codes.map((code) => ({ code, name: countryName(code), evidence })),
    warning: {
      message:
        `"${found.item.text}" names no state: read as its ${codes.length} members ` +
        `${on ? `on ${on}` : 'today'} from import/reference/group-members.yaml`,
      evidence,
    },
  };
}
