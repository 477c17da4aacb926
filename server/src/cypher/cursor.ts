import type { NodeLabel } from '@treatygraph/schema';
import { AppError } from '../errors';
import { sortKeys } from './sort';

/**
 * Opaque cursors: base64url JSON of the node kind and the sort-key values of the last node
 * seen. Carrying values, not offsets, keeps pages stable while data is imported.
 */
export function encodeCursor(label: NodeLabel, values: readonly string[]): string {
  return Buffer.from(JSON.stringify([label, ...values])).toString('base64url');
}

/** The sort-key values in a cursor made by `encodeCursor` for the same kind of node. */
export function decodeCursor(label: NodeLabel, cursor: string): string[] {
  const invalid = () =>
    new AppError('BAD_USER_INPUT', 'Invalid cursor: pass an endCursor or cursor from this list.', {
      details: { argument: 'after' },
    });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== sortKeys[label].length + 1 ||
    decoded[0] !== label ||
    !decoded.every((v) => typeof v === 'string')
  ) {
    throw invalid();
  }
  return decoded.slice(1) as string[];
}
