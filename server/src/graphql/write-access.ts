import { presentsToken } from '../bearer-token';
import type { Context } from '../context';
import { AppError } from '../errors';
import type { Importer } from '../importer';

/**
 * The importer, when this request may write: the server has a token and an importer, and the
 * request carries `Authorization: Bearer <token>` (compared in constant time). Otherwise
 * WRITES_DISABLED, or UNAUTHENTICATED with HTTP 401.
 */
export function requireImporter(context: Context): Importer {
  const { importer, token } = context.writes;
  if (!importer || !token) {
    throw new AppError(
      'WRITES_DISABLED',
      'Writes are disabled: the server was started without IMPORT_TOKEN.',
    );
  }
  if (!presentsToken(context.authorization, token)) {
    throw new AppError(
      'UNAUTHENTICATED',
      'Writes need the header "Authorization: Bearer <IMPORT_TOKEN>" with the server’s token.',
      { details: { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } },
    );
  }
  return importer;
}
