import type { AiDocument } from './ai-document.js';
import type { AiStatus } from './ai-status.js';
import type { ChatMessage } from './chat-message.js';
import type { Conversation } from './conversation.js';
import type { SearchHit } from './search-hit.js';
import { sseEvent } from './sse-stream.test-support.js';

const encoder = new TextEncoder();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** An answer stream the test writes to event by event, to look at the page between two tokens. */
export class AnswerStream {
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  readonly body = new ReadableStream<Uint8Array>({ start: (controller) => void (this.controller = controller) });
  aborted = false;

  constructor(signal: AbortSignal | null | undefined) {
    signal?.addEventListener('abort', () => {
      this.aborted = true;
      this.controller?.error(new DOMException('This operation was aborted', 'AbortError'));
    });
  }

  send(event: string, data: unknown): void {
    this.controller?.enqueue(encoder.encode(sseEvent(event, data)));
  }

  close(): void {
    this.controller?.close();
  }
}

/**
 * The `/api/v1/ai` routes of the contract held in memory, standing in for the server (which runs in the end-to-end
 * test): conversations store what is asked and what the test streams back; documents refuse non-text types with 415.
 */
export class FakeAiApi {
  status: AiStatus = { languageModel: { configured: false }, embeddings: { source: 'hashing', model: 'goldensignals-hashing-v1', dimensions: 256 } };
  readonly conversations: Conversation[] = [];
  readonly documents: AiDocument[] = [];
  readonly streams: AnswerStream[] = [];
  readonly asked: string[] = [];
  readonly authorizations: string[] = [];
  /** Answers the next question with this error instead of a stream, once. */
  refuseNext: { status: number; code: string; message: string } | null = null;
  searchHits: SearchHit[] = [];
  private next = 1;

  /** Stores the answer as the server does when its stream ends, and sends `done`. */
  finish(stream: AnswerStream, conversationId: string, answer: Omit<ChatMessage, 'id' | 'role' | 'createdAt'>): ChatMessage {
    const message: ChatMessage = { id: `m${this.next++}`, role: 'assistant', createdAt: '2026-05-01T10:00:02.000Z', ...answer };
    const conversation = this.conversations.find((item) => item.id === conversationId);
    if (conversation !== undefined) Object.assign(conversation, { messages: [...conversation.messages, message] });
    stream.send('done', { message });
    stream.close();
    return message;
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = init.method ?? 'GET';
    this.authorizations.push((init.headers as Record<string, string> | undefined)?.authorization ?? '');
    const path = url.pathname.replace('/api/v1/ai', '');
    if (path === '/status') return json(200, this.status);
    if (path === '/conversations' && method === 'GET') return json(200, { items: this.conversations.map(({ messages: _messages, ...summary }) => summary) });
    if (path === '/conversations' && method === 'POST') {
      const conversation: Conversation = { id: `c${this.next++}`, title: 'New conversation', createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z', messages: [] };
      this.conversations.unshift(conversation);
      const { messages: _messages, ...summary } = conversation;
      return json(201, summary);
    }
    const conversationMatch = /^\/conversations\/([^/]+)(\/messages)?$/.exec(path);
    if (conversationMatch !== null) {
      const index = this.conversations.findIndex((item) => item.id === decodeURIComponent(conversationMatch[1]));
      if (index === -1) return json(404, { code: 'GS_ERR_NOT_FOUND', message: `no conversation ${conversationMatch[1]}` });
      const conversation = this.conversations[index];
      if (conversationMatch[2] === undefined && method === 'GET') return json(200, conversation);
      if (conversationMatch[2] === undefined && method === 'DELETE') {
        this.conversations.splice(index, 1);
        return new Response(null, { status: 204 });
      }
      const content = (JSON.parse(String(init.body)) as { content: string }).content;
      this.asked.push(content);
      if (this.refuseNext !== null) {
        const { status, ...body } = this.refuseNext;
        this.refuseNext = null;
        return json(status, body);
      }
      const question: ChatMessage = { id: `m${this.next++}`, role: 'user', content, createdAt: '2026-05-01T10:00:01.000Z' };
      this.conversations[index] = { ...conversation, title: conversation.messages.length === 0 ? content : conversation.title, messages: [...conversation.messages, question] };
      const stream = new AnswerStream(init.signal);
      this.streams.push(stream);
      return new Response(stream.body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    if (path === '/documents' && method === 'GET') return json(200, { items: this.documents });
    if (path === '/documents' && method === 'POST') {
      const type = (init.headers as Record<string, string>)['content-type'];
      if (!['application/pdf', 'text/csv', 'text/plain', 'text/markdown'].includes(type)) return json(415, { code: 'GS_ERR_UNSUPPORTED_MEDIA', message: `${type} is not a document type this server indexes: upload PDF, CSV, plain text or Markdown` });
      const body = init.body as Blob;
      const document: AiDocument = { id: `d${this.next++}`, name: url.searchParams.get('name') ?? '', contentType: type, bytes: body.size, chunks: 1, createdAt: '2026-05-01T10:00:00.000Z' };
      this.documents.unshift(document);
      return json(201, document);
    }
    if (path === '/search') return json(200, { items: this.searchHits.filter((hit) => hit.text.toLowerCase().includes((url.searchParams.get('q') ?? '').toLowerCase())) });
    return json(404, { code: 'GS_ERR_NOT_FOUND', message: `no route ${method} ${url.pathname}` });
  };
}
