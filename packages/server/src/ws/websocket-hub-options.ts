import type { MessageBus } from '../bus/index.js';

/** Who a connection authenticated as; the security issue's principals extend this. */
export interface Principal {
  /** Stable id (user id, API key id): what `disconnectPrincipal` matches. */
  readonly id: string;
  /** The account the connection acts for: it receives that account's alerts on the `alerts` channel. */
  readonly userId?: string;
}

/** What the hub was doing when something failed, for `onError`. */
export interface WebSocketHubErrorContext {
  readonly during: 'authenticate' | 'canSubscribe' | 'socket' | 'deliver';
  readonly connectionId?: string;
  readonly remoteAddress?: string;
}

/** Options of `WebSocketHub`; every limit has a production default. */
export interface WebSocketHubOptions<TPrincipal extends Principal = Principal> {
  /** Events to fan out; the hub subscribes on construction and unsubscribes on close. */
  readonly bus: MessageBus;
  /**
   * Checks a token (from an `auth` message or the `Sec-WebSocket-Protocol` header): the principal, or null when
   * rejected. Without it, connections are anonymous and an `auth` message is answered with GS_ERR_AUTH_FAILED.
   */
  readonly authenticate?: (token: string) => Promise<TPrincipal | null>;
  /**
   * May this connection (principal null = anonymous) hold the canonical channel? Default: every channel. May answer
   * asynchronously (an ownership lookup); the connection's later messages wait for it.
   */
  readonly canSubscribe?: (principal: TPrincipal | null, channel: string) => boolean | Promise<boolean>;
  /** Told about failed hooks, socket protocol errors and events that cannot be sent; default: stderr. Never sees a token. */
  readonly onError?: (error: unknown, context: WebSocketHubErrorContext) => void;
  /** Heartbeat message and protocol ping period; a client that has not answered the previous ping is terminated. Default 30 s. */
  readonly heartbeatIntervalMs?: number;
  /** Channels one connection may hold. Default 200. */
  readonly maxSubscriptions?: number;
  /** Largest client message answered normally; larger ones get GS_ERR_MESSAGE_TOO_LARGE. Default 16 KiB. */
  readonly maxMessageBytes?: number;
  /** Unsent bytes a connection may have queued before it is closed as a slow consumer. Default 1 MiB. */
  readonly maxBufferedBytes?: number;
  /** Errors per minute before a connection is closed as abusive. Default 30. */
  readonly maxErrorsPerMinute?: number;
  /** Messages per second a connection may send on average (twice as many in a burst); more are refused. Default 10. */
  readonly maxMessagesPerSecond?: number;
  /** How long a closing connection (shutdown, slow, kicked) may take before it is terminated. Default 5 s. */
  readonly closeTimeoutMs?: number;
}

/** The options with every default filled in. */
export type ResolvedWebSocketHubOptions<TPrincipal extends Principal> = Required<Omit<WebSocketHubOptions<TPrincipal>, 'authenticate'>> &
  Pick<WebSocketHubOptions<TPrincipal>, 'authenticate'>;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved <= 0) throw new RangeError(`WebSocketHub option ${name} must be a positive integer, got ${String(value)}`);
  return resolved;
}

function reportToStderr(error: unknown, context: WebSocketHubErrorContext): void {
  console.error(`websocket hub: ${context.during} failed${context.connectionId ? ` (connection ${context.connectionId})` : ''}:`, error);
}

/** Fills in defaults and checks the limits. */
export function resolveWebSocketHubOptions<TPrincipal extends Principal>(options: WebSocketHubOptions<TPrincipal>): ResolvedWebSocketHubOptions<TPrincipal> {
  return {
    bus: options.bus,
    authenticate: options.authenticate,
    canSubscribe: options.canSubscribe ?? (() => true),
    onError: options.onError ?? reportToStderr,
    heartbeatIntervalMs: positiveInteger('heartbeatIntervalMs', options.heartbeatIntervalMs, 30_000),
    maxSubscriptions: positiveInteger('maxSubscriptions', options.maxSubscriptions, 200),
    maxMessageBytes: positiveInteger('maxMessageBytes', options.maxMessageBytes, 16 * 1024),
    maxBufferedBytes: positiveInteger('maxBufferedBytes', options.maxBufferedBytes, 1024 * 1024),
    maxErrorsPerMinute: positiveInteger('maxErrorsPerMinute', options.maxErrorsPerMinute, 30),
    maxMessagesPerSecond: positiveInteger('maxMessagesPerSecond', options.maxMessagesPerSecond, 10),
    closeTimeoutMs: positiveInteger('closeTimeoutMs', options.closeTimeoutMs, 5_000),
  };
}
