import { countryName } from '../resolve/country-names';
import type { TextLanguage } from '../resolve/country-names';
import { stateOfAdjective } from '../resolve/demonyms';
import { membersOn } from '../resolve/group-members';
import type { GroupMembers } from '../resolve/group-members';
import type { Analysed } from './analysed';
import { DECLARATION_NOUN, FORWARD_CUES } from './cues';
import type { SentenceItem } from './sentence-items';
import { addGroupMembers } from './list-signers';
import type { Signers } from './collect-signers';
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

// Between a cue and its group: an article, or who in the group ("on behalf of the member states
// of", "l'ont signée : les cinq Présidents des pays du G5 Sahel").
const OF_GROUP = new RegExp(
  `^\\s*(?:(?:the|la|le|les|el|los|las|die|der|den|das)\\s+|l['’])?(?:(?:\\d{1,3}|[\\p{L}-]+)\\s+)??(?:(?:heads\\s+of\\s+state(?:\\s+and\\s+(?:of\\s+)?government)?|leaders|presidents|(?:foreign\\s+)?ministers|member\\s+(?:states|countries)|présidents|chefs\\s+d['’]État|dirigeants|ministres|États\\s+membres|jefes\\s+de\\s+Estado|presidentes|cancilleres|Estados\\s+miembros)\\s+(?:of\\s+the|of|des\\s+pays\\s+(?:du|de\\s+la|de\\s+l['’])|des|du|de\\s+la|de|del|de\\s+los)\\s*)?$`,
  'iu',
);

/** A group of group-members.yaml that a statement speaks for, and where the text says so. */
export type SigningGroup = { group: GroupMembers; item: SentenceItem; sentence: Analysed };

/**
 * The group right after a signing cue ("We, the Leaders of the G20", "on behalf of ASEAN"), or
 * at the head of the statement's title ("G7 Foreign Ministers' Statement on Iran").
 */
export function signingGroup(analysed: Analysed[], titles: Analysed[]): SigningGroup | undefined {
  for (const sentence of analysed) {
    // A cue whose words up to the group hold no name heads no list of its own.
    const cueEnds = [
      ...sentence.lists.map((l) => l.cueEnd),
      ...FORWARD_CUES.flatMap((cue) =>
        [...sentence.sentence.text.matchAll(cue)].map((m) => m.index + m[0].length),
      ),
    ];
    for (const cueEnd of cueEnds) {
      const item = sentence.items.find((i) => i.start >= cueEnd);
      const between = item && sentence.sentence.text.slice(cueEnd, item.start);
      const group = item && OF_GROUP.test(between ?? '') ? item.group : undefined;
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
  language: TextLanguage,
): { signatories: ExtractedSignatory[]; warning: Extraction['warnings'][number] } {
  const evidence = found.sentence.at(found.item.start, found.item.end);
  const codes = membersOn(found.group, on);
  const partner = partnerOf(found, language);
  const signatories = codes.map((code) => ({ code, name: countryName(code), evidence }));
  if (partner && !codes.includes(partner.code)) signatories.push(partner);
  return {
    signatories,
    warning: {
      message:
        `"${found.item.text}" names no state: read as its ${codes.length} members ` +
        `${on ? `on ${on}` : 'today'} from import/reference/group-members.yaml`,
      evidence,
    },
  };
}

/**
 * A statement for a group ("on behalf of the ten elected members of the Security Council") that
 * names one or two of its members in other roles (the speaker's mission, a sponsor) is still
 * the whole group's: those states are among its members, not all its signers.
 */
export function addMembersNamedInPassing(
  found: Signers,
  speaksFor: SigningGroup,
  on: string | null,
): void {
  const members = membersOn(speaksFor.group, on);
  const named = found.signatories.map((s) => s.code);
  if (found.groups.length > 0 || named.length > 2 || named.length >= members.length) return;
  if (!named.every((code) => members.includes(code))) return;
  const evidence = speaksFor.sentence.at(speaksFor.item.start, speaksFor.item.end);
  addGroupMembers(found, { group: speaksFor.group, text: speaksFor.item.text, evidence }, on);
}

const LEADER =
  '(?:president|président|presidente|präsident|prime\\s+minister|premier\\s+ministre|primer\\s+ministro|chancellor|chancelier|kanzler)';
// "les cinq Présidents des pays du G5 Sahel et le président français", "… and the President of
// France": one leader beside the group's.
const PARTNER_STATE = new RegExp(
  `^\\s*(?:and|et|y|e|und)\\s+(?:(?:the|le|la|el|der|die|il)\\s+)?${LEADER}\\s+(?:of\\s+the|of|de\\s+la|de\\s+l['’]|de|du|des|del|von|der)\\s*$`,
  'iu',
);
const PARTNER_ADJECTIVE = new RegExp(
  `^\\s*(?:and|et|y|e|und)\\s+(?:(?:the|le|la|el|der|die|il)\\s+)?${LEADER}\\s+(\\p{L}+)(?![\\p{L}])`,
  'iu',
);

function partnerOf(found: SigningGroup, language: TextLanguage): ExtractedSignatory | undefined {
  const { sentence, item } = found;
  const text = sentence.sentence.text;
  const next = sentence.items.find((i) => i.start >= item.end);
  const [code] = next?.kind === 'state' ? (next.mention?.ids ?? []) : [];
  if (next && code && PARTNER_STATE.test(text.slice(item.end, next.start))) {
    return { code, name: countryName(code), evidence: sentence.at(next.start, next.end) };
  }
  const adjective = PARTNER_ADJECTIVE.exec(text.slice(item.end));
  const state = adjective?.[1] && stateOfAdjective(adjective[1], language);
  if (!adjective || !state) return undefined;
  const start = item.end + adjective.index + adjective[0].length - (adjective[1]?.length ?? 0);
  return {
    code: state,
    name: countryName(state),
    evidence: sentence.at(start, item.end + adjective[0].length),
  };
}
