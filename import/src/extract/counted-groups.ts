import { membersOn } from '../resolve/group-members';
import type { Analysed } from './analysed';
import { groupOf } from './bloc-members';
import { PARTIAL } from './cues';
import type { SentenceItem } from './sentence-items';

type Named = { item: SentenceItem; at: Analysed };

// The members of the groups the items name, each group once, less the states that stayed out.
// An organization with members (the EU) counts as its group: the count is the check.
function membersOfNamed(
  named: Named[],
  options: { on: string | null; out: ReadonlyMap<string, string> },
): { codes: string[]; groups: string[]; evidence: Analysed } | undefined {
  const groups = new Map<string, { name: string; codes: string[]; at: Analysed }>();
  for (const { item, at } of named) {
    const group = groupOf(item);
    if (!group || groups.has(group.id)) continue;
    groups.set(group.id, { name: item.text, codes: membersOn(group, options.on), at });
  }
  const [firstGroup] = groups.values();
  if (!firstGroup) return undefined;
  const codes = [...new Set([...groups.values()].flatMap((g) => g.codes))].filter(
    (code) => !options.out.has(code),
  );
  return { codes, groups: [...groups.values()].map((g) => g.name), evidence: firstGroup.at };
}

/**
 * The members of the groups a text names, less the states it says stayed out, when they are
 * exactly as many as the signers it counts: the summit "da CELAC e da União Europeia" whose
 * declaration "teve a adesão de 58 nações", "Venezuela e Nicarágua não quiseram assiná-lo"
 * (33 + 27 − 2). Undefined when the sum is any other number.
 */
export function countedGroupMembers(
  all: Analysed[],
  options: { count: number; on: string | null; out: ReadonlyMap<string, string> },
): { codes: string[]; groups: string[]; evidence: Analysed } | undefined {
  const named = all.flatMap((at) => at.items.map((item) => ({ item, at })));
  const members = membersOfNamed(named, options);
  if (members?.codes.length === options.count) return members;
  // "the BIMSTEC leaders' Retreat, held during the BRICS-BIMSTEC Outreach Summit": one of the
  // groups named, alone, when no other one makes the count too.
  const fits = [...new Set(named.flatMap(({ item }) => groupOf(item)?.id ?? []))]
    .map((id) =>
      membersOfNamed(
        named.filter(({ item }) => groupOf(item)?.id === id),
        options,
      ),
    )
    .filter((m) => m?.codes.length === options.count);
  return fits.length === 1 ? fits[0] : undefined;
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
  options: {
    count: { count: number; index: number };
    on: string | null;
    out: ReadonlyMap<string, string>;
  },
): { codes: string[]; groups: string[] } | undefined {
  const cue = AMONG_AFTER_COUNT.exec(a.sentence.text.slice(options.count.index));
  if (!cue) return undefined;
  const from = options.count.index + cue[0].length;
  const named = a.items
    .filter((i) => i.start >= from && i.start < from + 120)
    .map((item) => ({ item, at: a }));
  const members = membersOfNamed(named, options);
  const fits = members && members.codes.length > 0 && members.codes.length <= options.count.count;
  return fits ? members : undefined;
}
