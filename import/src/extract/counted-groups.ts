import { membersOn } from '../resolve/group-members';
import type { Analysed } from './analysed';
import { groupOf } from './bloc-members';
import { PARTIAL } from './cues';

/**
 * The members of the groups a text names, less the states it says stayed out, when they are
 * exactly as many as the signers it counts: the summit "da CELAC e da União Europeia" whose
 * declaration "teve a adesão de 58 nações", "Venezuela e Nicarágua não quiseram assiná-lo"
 * (33 + 27 − 2). Undefined when the sum is any other number.
 */
export function countedGroupMembers(
  all: Analysed[],
  options: { count: number; on: string | null; out: Map<string, string> },
): { codes: string[]; groups: string[]; evidence: Analysed } | undefined {
  const groups = new Map<string, { names: string; codes: string[]; at: Analysed }>();
  for (const a of all) {
    for (const item of a.items) {
      // An organization with members (the EU) counts as its group: the count is the check.
      const group = groupOf(item);
      if (!group || groups.has(group.id)) continue;
      groups.set(group.id, { names: item.text, codes: membersOn(group, options.on), at: a });
    }
  }
  const codes = [...new Set([...groups.values()].flatMap((g) => g.codes))].filter(
    (code) => !options.out.has(code),
  );
  const [firstGroup] = groups.values();
  if (!firstGroup || codes.length !== options.count) return undefined;
  return {
    codes,
    groups: [...groups.values()].map((g) => g.names),
    evidence: firstGroup.at,
  };
}

// "won the backing of 53 UN member states, among them the countries that make up the Lima Group
// and the European Union": right after the count, a part of the signers, given as groups.
const AMONG_AFTER_COUNT = new RegExp(`^[^.;:]{0,60}?,?\\s*(?:${PARTIAL.source})`, 'iu');

/**
 * The members of the groups a counted sentence names as a part of its signers, when they are
 * no more than it counts. Undefined when no group follows the count that way.
 */
export function groupsAmongCounted(
  a: Analysed,
  options: { count: { count: number; index: number }; on: string | null; out: Map<string, string> },
): { codes: string[]; groups: string[] } | undefined {
  const text = a.sentence.text;
  const cue = AMONG_AFTER_COUNT.exec(text.slice(options.count.index));
  if (!cue) return undefined;
  const from = options.count.index + cue[0].length;
  const groups = new Map<string, { name: string; codes: string[] }>();
  for (const item of a.items.filter((i) => i.start >= from && i.start < from + 120)) {
    const group = groupOf(item);
    if (group && !groups.has(group.id))
      groups.set(group.id, { name: item.text, codes: membersOn(group, options.on) });
  }
  const codes = [...new Set([...groups.values()].flatMap((g) => g.codes))].filter(
    (code) => !options.out.has(code),
  );
  if (codes.length === 0 || codes.length > options.count.count) return undefined;
  return { codes, groups: [...groups.values()].map((g) => g.name) };
}
