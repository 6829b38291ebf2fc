import { randomBytes } from 'node:crypto';
import { hashToken } from '../security/credentials/token-hash.js';

/**
 * Crockford's base-32 alphabet: no I, L, O or U, so nothing reads as another character; 32 symbols make each one
 * 5 random bits (a byte modulo 32 is unbiased).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters of a link code: 50 random bits, too many to guess within its lifetime at the bot's rate limit. */
export const LINK_CODE_LENGTH = 10;

/** How long a link code can be used. */
export const LINK_CODE_TTL_MS = 10 * 60_000;

/** A new random link code as shown to the user, in two groups of five (`7KQ2M-9XDPA`). */
export function newLinkCode(): string {
  const bytes = randomBytes(LINK_CODE_LENGTH);
  const characters = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]);
  return `${characters.slice(0, 5).join('')}-${characters.slice(5).join('')}`;
}

/**
 * The canonical form of a code as a user typed it (any case, with or without the dash or spaces; O read as 0, I and
 * L as 1, as Crockford's alphabet prescribes), or `null` when it cannot be a link code.
 */
export function normalizeLinkCode(text: string): string | null {
  const code = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replaceAll('O', '0')
    .replace(/[IL]/g, '1');
  if (code.length !== LINK_CODE_LENGTH) return null;
  return [...code].every((character) => ALPHABET.includes(character)) ? code : null;
}

/**
 * The digest a code is stored and looked up under (of its canonical form). A plain SHA-256 as for other tokens: the
 * code is single use and lives ten minutes, so a leaked digest is only of use to whoever can reverse it in that time.
 */
export function hashLinkCode(canonical: string): string {
  return hashToken(`telegram-link:${canonical}`);
}
