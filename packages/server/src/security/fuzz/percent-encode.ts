const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * Percent-encodes every byte of the text's UTF-8 form except the unreserved characters, like
 * `encodeURIComponent`, but without throwing on lone surrogates: they become U+FFFD, the bytes a client sends.
 */
export function percentEncode(text: string): string {
  const parts: string[] = [];
  for (const byte of Buffer.from(text, 'utf8')) {
    const character = String.fromCharCode(byte);
    parts.push(UNRESERVED.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  return parts.join('');
}
