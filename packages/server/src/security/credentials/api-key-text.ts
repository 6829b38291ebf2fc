import { randomBytes, randomInt } from 'node:crypto';

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PREFIX_LENGTH = 8;
/** `gs_` + prefix + `_` + 43 characters of base64url (32 random bytes). */
const KEY_LENGTH = 3 + PREFIX_LENGTH + 1 + 43;
const KEY_FORMAT = /^gs_([a-z0-9]{8})_[A-Za-z0-9_-]{43}$/;

/**
 * A new API key, `gs_<prefix>_<secret>`. The prefix is stored in the clear to name the key in lists
 * and logs; the whole key is shown once and only its hash is stored.
 */
export function newApiKeyText(): { key: string; prefix: string } {
  // randomInt draws without modulo bias, so every prefix is equally likely.
  const prefix = Array.from({ length: PREFIX_LENGTH }, () => PREFIX_ALPHABET.charAt(randomInt(PREFIX_ALPHABET.length))).join('');
  return { key: `gs_${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

/** The prefix of a text in the API-key format, or `null` when it is not one. */
export function parseApiKeyText(text: string): { prefix: string } | null {
  // The length is checked first so that no regular expression ever runs over a huge header value.
  if (text.length !== KEY_LENGTH) return null;
  const match = KEY_FORMAT.exec(text);
  const prefix = match?.[1];
  return prefix === undefined ? null : { prefix };
}
