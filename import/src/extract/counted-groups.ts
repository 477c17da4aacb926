import { groupNamed, membersOn } from '../resolve/group-members';
import type { Analysed } from './analysed';

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
      const organization = item.mention?.kind === 'organization' ? item.mention.ids[0] : undefined;
      const group =
        item.group ?? (organization ? groupNamed({ organization, spokenFor: true }) : undefined);
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
