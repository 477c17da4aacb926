import { resolveOrganization } from '../resolve/registry';

// Words that name an international organization rather than a state.
const ORGANIZATION_WORDS =
  /organi[sz]ation|\bunion\b|communit|agency|council of europe|united nations|commission|common market|^IO-|\bEFTA\b/i;

/**
 * Why a participant is no state, for the report: an organization (the registry's, or named as
 * one), which a treaty may have as party but the model records participation by states only,
 * or a name the gazetteer and the former states do not know.
 * @example notAState('European Union') // 'is an organization (european-union): …'
 */
export function notAState(name: string): string {
  const known = resolveOrganization(name);
  if ('id' in known || ORGANIZATION_WORDS.test(name)) {
    const id = 'id' in known ? ` (${known.id})` : '';
    return `is an organization${id}: the model records treaty participation by states only`;
  }
  return 'is no state of the gazetteer nor a former state the graph knows';
}
