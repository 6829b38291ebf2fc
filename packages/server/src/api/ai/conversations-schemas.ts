import { CITATION_KINDS, MESSAGE_ROLES } from '../../storage/schema/conversation-messages.js';
import { TIME_SCHEMA } from '../common-schemas.js';

/** Longest question, in characters (the chat service's default limit). */
export const MAX_QUESTION_CHARS = 4000;

/** A conversation as the API gives it. */
export const CONVERSATION_SCHEMA = {
  type: 'object',
  required: ['id', 'title', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    title: { type: 'string', description: 'from the first question until renamed; "New conversation" before it' },
    createdAt: TIME_SCHEMA,
    updatedAt: TIME_SCHEMA,
  },
} as const;

/** A source an answer cites. */
export const CITATION_SCHEMA = {
  type: 'object',
  required: ['kind', 'id', 'title'],
  properties: { kind: { type: 'string', enum: [...CITATION_KINDS] }, id: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' } },
} as const;

/** A tool call an answer made. */
export const TOOL_CALL_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'arguments'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, arguments: { type: 'object', additionalProperties: true } },
} as const;

/** A stored message. */
export const MESSAGE_SCHEMA = {
  type: 'object',
  required: ['id', 'role', 'content', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    role: { type: 'string', enum: [...MESSAGE_ROLES] },
    content: { type: 'string' },
    toolCalls: { type: 'array', items: TOOL_CALL_SCHEMA },
    citations: { type: 'array', items: CITATION_SCHEMA },
    incomplete: { type: 'boolean', description: 'present (true) when the answer was cut short: the client left or the model failed' },
    createdAt: TIME_SCHEMA,
  },
} as const;

/** A conversation with its messages. */
export const CONVERSATION_WITH_MESSAGES_SCHEMA = {
  ...CONVERSATION_SCHEMA,
  required: [...CONVERSATION_SCHEMA.required, 'messages'],
  properties: { ...CONVERSATION_SCHEMA.properties, messages: { type: 'array', items: MESSAGE_SCHEMA } },
} as const;

/** Body of `POST /ai/conversations`. */
export const NEW_CONVERSATION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { title: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S', description: 'default: the first question' } },
} as const;

/** Body of `POST /ai/conversations/:id/messages`. */
export const NEW_MESSAGE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['content'],
  properties: { content: { type: 'string', minLength: 1, maxLength: MAX_QUESTION_CHARS, pattern: '\\S', description: 'the question' } },
} as const;
