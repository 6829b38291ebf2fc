import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ChatStreamEvent } from '../../ai/chat/chat-stream-event.js';

/** Default time between heartbeat comments, ms: below the idle timeouts of common proxies (often 30-60 s). */
export const HEARTBEAT_MS = 15_000;

/**
 * A `text/event-stream` answer written straight to the socket: the reply is hijacked (Fastify's serialisation and
 * `onSend` hooks do not run), so the headers already set on the reply (security headers, CORS, rate limit) are
 * copied. Each event is `event: <type>` and one `data:` line of JSON; a comment line every heartbeat keeps proxies
 * from closing a connection that waits on a slow model. `signal` aborts when the client goes away first.
 */
export class ConversationEventStream {
  private readonly controller = new AbortController();
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(private readonly reply: FastifyReply, heartbeatMs: number) {
    const raw = reply.raw;
    raw.on('close', () => {
      if (!raw.writableFinished) this.controller.abort(new Error('the client closed the connection'));
    });
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  /** Hijacks the reply and sends the status line and headers. */
  static open(reply: FastifyReply, heartbeatMs: number = HEARTBEAT_MS): ConversationEventStream {
    reply.hijack();
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && name !== 'content-length') headers[name] = value;
    }
    reply.raw.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' });
    reply.raw.flushHeaders();
    return new ConversationEventStream(reply, heartbeatMs);
  }

  /** Aborted when the client leaves before the stream ends. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Sends one event: its `type` as the event name, the rest as the JSON data. */
  send(event: ChatStreamEvent): void {
    const { type, ...data } = event;
    this.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Stops the answer as if the client had left (the server is shutting down): `signal` aborts. */
  stop(reason: string): void {
    this.controller.abort(new Error(reason));
  }

  /** Ends the stream (the response). */
  end(): void {
    clearInterval(this.heartbeat);
    if (!this.reply.raw.writableEnded) this.reply.raw.end();
  }

  private write(text: string): void {
    const raw = this.reply.raw;
    if (raw.writableEnded || raw.destroyed) return;
    raw.write(text);
  }
}
