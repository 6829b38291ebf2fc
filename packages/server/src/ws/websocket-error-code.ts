/** The `code` of a WebSocket `error` message. */
export const WEBSOCKET_ERROR_CODES = [
  /** The text frame is not JSON. */
  'GS_ERR_BAD_JSON',
  /** Not a JSON object, a binary frame, or a field of the wrong type (the message names the field). */
  'GS_ERR_INVALID_MESSAGE',
  /** A required field is absent (the message names it). */
  'GS_ERR_MISSING_FIELD',
  /** `type` is not auth, subscribe, unsubscribe or ping. */
  'GS_ERR_UNKNOWN_TYPE',
  /** The channel's prefix is not one of the channel forms. */
  'GS_ERR_UNKNOWN_CHANNEL',
  /** A known channel form with a bad symbol, timeframe or id. */
  'GS_ERR_INVALID_CHANNEL',
  /** `canSubscribe` refused the channel to this connection. */
  'GS_ERR_FORBIDDEN_CHANNEL',
  /** The subscription would exceed the per-connection limit. */
  'GS_ERR_TOO_MANY_SUBSCRIPTIONS',
  /** The client message exceeds the size limit. */
  'GS_ERR_MESSAGE_TOO_LARGE',
  /** The client sends messages faster than allowed; the message was dropped. */
  'GS_ERR_RATE_LIMITED',
  /** The token was rejected, authentication is not configured, or the connection is already authenticated. */
  'GS_ERR_AUTH_FAILED',
  /** A hook (authenticate, canSubscribe) failed; the request had no effect. */
  'GS_ERR_INTERNAL',
  /** The server is shutting down; a 1001 close follows. */
  'GS_ERR_SHUTTING_DOWN',
] as const;

/** One of {@link WEBSOCKET_ERROR_CODES}. */
export type WebSocketErrorCode = (typeof WEBSOCKET_ERROR_CODES)[number];

/** Close codes the hub uses: 1001 for shutdown, application codes (4000–4999) for the hub's own reasons. */
export const WEBSOCKET_CLOSE_CODES = {
  /** The server is shutting down. */
  goingAway: 1001,
  /** The client read too slowly: its unsent backlog passed the buffer limit. */
  slowConsumer: 4001,
  /** The client kept sending bad messages (more errors per minute than allowed). */
  tooManyErrors: 4002,
  /** `disconnectPrincipal` was called for the connection's principal (e.g. its token was revoked). */
  principalDisconnected: 4003,
} as const;
