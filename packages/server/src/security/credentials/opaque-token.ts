import { randomBytes } from 'node:crypto';

/**
 * A bearer token that means nothing by itself: `prefix` followed by 32 random bytes in base64url (43
 * characters, 256 bits). The prefix tells a reader (or a secret scanner) what kind of token it is.
 */
export function newOpaqueToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}
