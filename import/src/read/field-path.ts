/**
 * A field path as people read it.
 * @example fieldPath(['relationships', 3, 'to']) // 'relationships[3].to'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}
