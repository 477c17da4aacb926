import type { instrumentKinds } from '@treatygraph/schema';

type InstrumentKind = (typeof instrumentKinds)[number];

// The first word of these a title starts with, or failing that contains, names its kind.
const KINDS: [RegExp, InstrumentKind][] = [
  [/\bprotocol\b/i, 'protocol'],
  [/\bconvention\b|\bcovenant\b|\bcharter\b|\bstatute\b|\btreaty\b/i, 'convention'],
  [/\bdeclaration\b/i, 'declaration'],
  [/\bresolution\b/i, 'resolution'],
];

/**
 * The kind of an instrument a source names only by title: what its title begins with
 * ("Protocol amending the Convention…" is a protocol), else what it mentions first; any other
 * agreement, accord or exchange of notes is an agreement.
 * @example instrumentKindOf('Convention On The Rights Of The Child (CRC)') // 'convention'
 */
export function instrumentKindOf(title: string): InstrumentKind {
  let first: { at: number; kind: InstrumentKind } | undefined;
  for (const [re, kind] of KINDS) {
    const at = title.search(re);
    if (at >= 0 && (!first || at < first.at)) first = { at, kind };
  }
  return first?.kind ?? 'agreement';
}
