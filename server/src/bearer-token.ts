import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an `Authorization` header carries `Bearer <token>` with this token, compared in
 * constant time; false when the server has no token.
 */
export function presentsToken(authorization: string | null, token: string | undefined): boolean {
  if (!token) return false;
  const presented = /^Bearer +(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}
