import type { Analysed } from './analysed';
import { DECLARATION_NOUN } from './cues';
import type { Enumeration } from './enumerations';

// "Déclaration commune du Canada et des premiers ministres des pays nordiques": the parties
// follow the statement's noun, with no "on"/"sur" between, so the title names who issued it.
const PARTIES_AFTER = new RegExp(
  `${DECLARATION_NOUN.source}(?:\\s+(?!(?:on|sur|about|über|zu|sobre|su|sul|sulla|regarding|concerning|о|по)\\s)[\\p{L}'’-]+){0,2}\\s+(?:of|by|from|du|de|des|de\\s+la|del|de\\s+los|von|der|di|dei|do|da|dos|das)\\s+(?:the\\s+|l['’]|la\\s+|el\\s+)?$`,
  'iu',
);

/**
 * A list in the first sentence of names under a statement's title (past a dateline's one place)
 * that names every state the title gives as its parties: "Déclaration commune du Canada et des
 * premiers ministres des pays nordiques" over "les premiers ministres du Canada, du Danemark, …
 * se sont retrouvés à Vestmannaeyjar".
 */
export function titledPartiesSignal(
  list: Enumeration,
  title: Analysed | undefined,
  analysed: Analysed[],
): [number, string] | undefined {
  const [first] = list.members;
  const states = title?.items.filter((i) => i.kind === 'state' && i.mention) ?? [];
  const [lead] = states;
  if (!title || !first || !lead) return undefined;
  if (!PARTIES_AFTER.test(title.sentence.text.slice(0, lead.start))) return undefined;
  const after = analysed.indexOf(title);
  const opening = analysed.findIndex(
    (a, k) => k > after && a.items.filter((i) => i.kind === 'state').length > 1,
  );
  if (first.sentence !== opening) return undefined;
  const named = new Set(list.members.flatMap((m) => (m.kind === 'state' ? m.ids : [])));
  const parties = states.flatMap((s) => s.mention?.ids.slice(0, 1) ?? []);
  if (named.size < 2 || !parties.every((code) => named.has(code))) return undefined;
  return [3, `opens the text under its title, which names ${parties.join(', ')} as its parties`];
}
