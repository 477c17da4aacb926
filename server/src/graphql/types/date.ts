import { isoDate } from '@treatygraph/schema';
import { AppError } from '../../errors';
import { builder } from '../builder';

/** Parses a client-supplied date; the model's own validator decides what a date is. */
export function parseDate(value: unknown): string {
  const parsed = isoDate.safeParse(value);
  if (!parsed.success) {
    // A bad variable is the client's error: without the status yoga answered it with HTTP 500.
    throw new AppError('BAD_USER_INPUT', 'Expected a calendar date as YYYY-MM-DD.', {
      details: { http: { status: 400 } },
    });
  }
  return parsed.data;
}

/** Writes a stored date; a malformed one is a data bug, so it fails loudly (and masked). */
export function serializeDate(value: unknown): string {
  const parsed = isoDate.safeParse(value);
  if (!parsed.success) throw new Error(`stored date is not YYYY-MM-DD: ${JSON.stringify(value)}`);
  return parsed.data;
}

export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar date as an ISO 8601 string, YYYY-MM-DD, for example "2025-07-30".',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: serializeDate,
  parseValue: parseDate,
});
