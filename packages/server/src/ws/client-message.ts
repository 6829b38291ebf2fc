import type { WebSocketErrorCode } from './websocket-error-code.js';

/** Correlates a reply with its request: the client's `id`, echoed in the answer (`pong`, `subscribed`, `error`, ...). */
export type RequestId = string | number;

/** A message from a client, after validation. */
export type ClientMessage =
  | { readonly type: 'auth'; readonly token: string; readonly id?: RequestId }
  | { readonly type: 'subscribe' | 'unsubscribe'; readonly channels: readonly string[]; readonly id?: RequestId }
  | { readonly type: 'ping'; readonly id?: RequestId };

/** Why a client message was refused; `id` is set when the message carried a valid one. */
export interface ClientMessageProblem {
  readonly code: WebSocketErrorCode;
  readonly message: string;
  readonly id?: RequestId;
}

/** The outcome of {@link parseClientMessage}. */
export type ClientMessageParse = { readonly ok: true; readonly message: ClientMessage } | { readonly ok: false; readonly problem: ClientMessageProblem };

/** The client message types, for error messages. */
export const CLIENT_MESSAGE_TYPES = ['auth', 'subscribe', 'unsubscribe', 'ping'] as const;

const MAX_ID_LENGTH = 100;
const MAX_TOKEN_LENGTH = 8_192;

function problem(code: WebSocketErrorCode, message: string, id?: RequestId): ClientMessageParse {
  return { ok: false, problem: id === undefined ? { code, message } : { code, message, id } };
}

function readId(value: unknown): RequestId | undefined | 'invalid' {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length <= MAX_ID_LENGTH) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return 'invalid';
}

function readChannels(type: 'subscribe' | 'unsubscribe', value: unknown, maxChannels: number, id?: RequestId): ClientMessageParse {
  if (value === undefined) return problem('GS_ERR_MISSING_FIELD', `${type} needs "channels": an array of channel names`, id);
  if (!Array.isArray(value) || value.length === 0) return problem('GS_ERR_INVALID_MESSAGE', `${type} "channels" must be a non-empty array of channel names`, id);
  if (value.length > maxChannels) return problem('GS_ERR_TOO_MANY_SUBSCRIPTIONS', `${type} lists ${value.length} channels; at most ${maxChannels} per message`, id);
  const index = value.findIndex((channel) => typeof channel !== 'string');
  if (index >= 0) return problem('GS_ERR_INVALID_MESSAGE', `${type} "channels[${index}]" must be a string, got ${JSON.stringify(value[index]) ?? 'undefined'}`, id);
  const channels = value as string[];
  return { ok: true, message: id === undefined ? { type, channels } : { type, channels, id } };
}

/**
 * Validates a parsed JSON client message. Unknown extra fields are ignored (newer clients may send more);
 * `maxChannels` bounds one subscribe/unsubscribe list.
 */
export function parseClientMessage(value: unknown, maxChannels: number): ClientMessageParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return problem('GS_ERR_INVALID_MESSAGE', `a message must be a JSON object with a "type", got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}`);
  }
  const fields = value as Record<string, unknown>;
  const id = readId(fields.id);
  if (id === 'invalid') return problem('GS_ERR_INVALID_MESSAGE', `"id" must be a string of at most ${MAX_ID_LENGTH} characters or a finite number`);
  const type = fields.type;
  const types = CLIENT_MESSAGE_TYPES.join(', ');
  if (type === undefined) return problem('GS_ERR_MISSING_FIELD', `the message has no "type"; expected one of ${types}`, id);
  if (typeof type !== 'string') return problem('GS_ERR_INVALID_MESSAGE', `"type" must be a string, one of ${types}`, id);
  switch (type) {
    case 'ping':
      return { ok: true, message: id === undefined ? { type } : { type, id } };
    case 'subscribe':
    case 'unsubscribe':
      return readChannels(type, fields.channels, maxChannels, id);
    case 'auth': {
      const token = fields.token;
      if (token === undefined) return problem('GS_ERR_MISSING_FIELD', 'auth needs "token"', id);
      if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
        return problem('GS_ERR_INVALID_MESSAGE', `auth "token" must be a non-empty string of at most ${MAX_TOKEN_LENGTH} characters`, id);
      }
      return { ok: true, message: id === undefined ? { type, token } : { type, token, id } };
    }
    default:
      return problem('GS_ERR_UNKNOWN_TYPE', `unknown message type ${JSON.stringify(type.slice(0, 40))}; expected one of ${types}`, id);
  }
}
