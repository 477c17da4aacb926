/**
 * Turns a GraphQL enum value into words.
 * @example formatEnum('RATIFICATION') // 'Ratification'
 */
export function formatEnum(value: string | null | undefined): string {
  if (!value) return '—';
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
