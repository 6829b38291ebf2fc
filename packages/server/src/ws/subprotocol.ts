/** The subprotocol the server speaks; a client that sends a token in `Sec-WebSocket-Protocol` must offer it too. */
export const WEBSOCKET_SUBPROTOCOL = 'goldensignals.v1';

/**
 * Prefix of the subprotocol that carries a token, for clients that cannot set headers (browsers):
 * `new WebSocket(url, ['goldensignals.v1', 'bearer.' + token])`. The server answers `goldensignals.v1`, never the
 * token, so it does not travel back in the response.
 */
export const TOKEN_SUBPROTOCOL_PREFIX = 'bearer.';

/** The subprotocol to answer with (ws's `handleProtocols`): ours when offered, else none. */
export function selectSubprotocol(offered: ReadonlySet<string>): string | false {
  return offered.has(WEBSOCKET_SUBPROTOCOL) ? WEBSOCKET_SUBPROTOCOL : false;
}

/** The token in a `Sec-WebSocket-Protocol` header value, if it carries one. */
export function tokenFromSubprotocols(header: string | readonly string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const values = typeof header === 'string' ? [header] : header;
  for (const value of values) {
    for (const protocol of value.split(',')) {
      const trimmed = protocol.trim();
      if (trimmed.startsWith(TOKEN_SUBPROTOCOL_PREFIX) && trimmed.length > TOKEN_SUBPROTOCOL_PREFIX.length) {
        return trimmed.slice(TOKEN_SUBPROTOCOL_PREFIX.length);
      }
    }
  }
  return undefined;
}
