/**
 * A share from 0 to 1 as a whole percentage, as the panels and tables show agreement.
 * @example formatShare(0.8504) // '85%'
 */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
