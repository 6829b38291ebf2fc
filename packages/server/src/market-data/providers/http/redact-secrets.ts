/**
 * Values of the query parameters that carry an API key in the URLs of the sources we call. A value
 * ends at the first character a URL-encoded query value cannot hold, so a `:` or `,` after the URL in
 * a sentence is kept.
 */
const SECRET_QUERY_VALUE = /([?&](?:api_?key|token)=)[\w.~%+*-]*/gi;
const MASK = '***';

/**
 * `text` with every API key masked: the values of `apiKey` / `apikey` / `api_key` / `token` query
 * parameters, and every literal occurrence (plain or URL-encoded) of `secrets` — some sources echo
 * the key back in their error messages, so masking the query alone is not enough.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let redacted = text.replace(SECRET_QUERY_VALUE, `$1${MASK}`);
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    redacted = redacted.split(secret).join(MASK);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) redacted = redacted.split(encoded).join(MASK);
  }
  return redacted;
}
