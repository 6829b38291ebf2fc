import { createHash } from 'node:crypto';

/**
 * The SHA-256 hex digest under which a random token is stored and looked up. A fast, unsalted hash is
 * enough here, unlike for passwords: a token of 256 random bits cannot be guessed, however fast each
 * guess is, so a stolen table of digests reveals no tokens; and an unsalted digest can be found through
 * a unique index in one lookup.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
