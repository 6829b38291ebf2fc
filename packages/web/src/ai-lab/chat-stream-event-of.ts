import type { ChatMessage } from './chat-message.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import type { Citation, CitationKind } from './citation.js';
import type { SseEvent } from './sse-parser.js';

const CITATION_KINDS: readonly CitationKind[] = ['signal', 'backtest', 'document', 'news', 'quote', 'agent', 'portfolio'];
const MESSAGE_ROLES: readonly ChatMessage['role'][] = ['user', 'assistant', 'tool'];

type Fields = Readonly<Record<string, unknown>>;

function fieldsOf(data: string): Fields | null {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
  } catch {
    return null;
  }
}

function text(fields: Fields, name: string): string | null {
  const value = fields[name];
  return typeof value === 'string' ? value : null;
}

function citationOf(fields: Fields): Citation | null {
  const kind = CITATION_KINDS.find((known) => known === fields.kind);
  const id = text(fields, 'id');
  const title = text(fields, 'title');
  const url = text(fields, 'url');
  if (kind === undefined || id === null || title === null) return null;
  return url === null ? { kind, id, title } : { kind, id, title, url };
}

function messageOf(value: unknown): ChatMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Fields;
  const role = MESSAGE_ROLES.find((known) => known === fields.role);
  const id = text(fields, 'id');
  const content = text(fields, 'content');
  if (role === undefined || id === null || content === null) return null;
  // The rest is only shown; the conversation is read again from the server once the answer is stored.
  return value as ChatMessage;
}

function unreadable(event: string): ChatStreamEvent {
  return { type: 'error', code: 'GS_ERR_BAD_STREAM', message: `the server sent an unreadable "${event}" event` };
}

/**
 * The typed event of one server-sent event of the answer stream; `null` for an event type this page does not know
 * (a newer server may send more), and an `error` event for a known one whose data does not have its shape.
 */
export function chatStreamEventOf(sse: SseEvent): ChatStreamEvent | null {
  if (!['token', 'tool', 'citation', 'done', 'error'].includes(sse.event)) return null;
  const fields = fieldsOf(sse.data);
  if (fields === null) return unreadable(sse.event);
  switch (sse.event) {
    case 'token': {
      const token = text(fields, 'text');
      return token === null ? unreadable(sse.event) : { type: 'token', text: token };
    }
    case 'tool': {
      const id = text(fields, 'id');
      const name = text(fields, 'name');
      if (id === null || name === null) return unreadable(sse.event);
      return { type: 'tool', call: { id, name, arguments: fields.arguments ?? {}, summary: text(fields, 'summary') ?? '' } };
    }
    case 'citation': {
      const citation = citationOf(fields);
      return citation === null ? unreadable(sse.event) : { type: 'citation', citation };
    }
    case 'done': {
      const message = messageOf(fields.message);
      return message === null ? unreadable(sse.event) : { type: 'done', message };
    }
    default:
      return { type: 'error', code: text(fields, 'code') ?? 'GS_ERR_UNKNOWN', message: text(fields, 'message') ?? 'the answer failed' };
  }
}
