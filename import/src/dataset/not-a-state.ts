// Words that name an international organization rather than a state.
const ORGANIZATION_WORDS =
  /organi[sz]ation|\bunion\b|communit|agency|council of europe|united nations|commission|common market|^IO-|\bEFTA\b/i;

/**
 * Why a participant is neither a gazetteer state nor a registry organization, for the report:
 * an organization the registry lacks (named as one), or a code or name nobody knows.
 * @example notAState('IO-Hanseatic Union') // 'is an organization the registry does not know'
 */
export function notAState(name: string): string {
  return ORGANIZATION_WORDS.test(name)
    ? 'is an organization the registry does not know'
    : 'is no state of the gazetteer, former state or registry organization the graph knows';
}
