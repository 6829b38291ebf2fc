// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { ChatService } from '../../ai/chat/chat-service.js';
import { callerOf } from '../../auth/caller.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { ConversationEventStream, HEARTBEAT_MS } from './conversations-event-stream.js';
import { CONVERSATION_SCHEMA, CONVERSATION_WITH_MESSAGES_SCHEMA, NEW_CONVERSATION_SCHEMA, NEW_MESSAGE_SCHEMA } from './conversations-schemas.js';

/** What the conversation routes need. */
export interface ConversationsRoutesOptions {
  readonly chat: ChatService;
  /** Time between heartbeat comments on an answer's stream, ms (default 15 s). */
  readonly heartbeatMs?: number;
}

/** Questions per user per minute: each may call a model and several tools, so far fewer than other requests. */
export const QUESTIONS_PER_MINUTE = 20;
/** Conversations started per user per minute. */
export const CONVERSATIONS_PER_MINUTE = 30;

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;
const NO_QUERY = { type: 'object', additionalProperties: false, properties: {} } as const;
const RESPONSES = { ...ERROR_RESPONSES, 409: { $ref: 'ErrorBody#' }, 429: { $ref: 'ErrorBody#' } } as const;
const tags = ['ai'];

const STREAM_DESCRIPTION =
  'text/event-stream. Events: `token` {text}; `tool` {id, name, arguments, summary}; `citation` {kind, id, title, url?}; ' +
  '`done` {message: the stored answer}; `error` {code, message}. A comment line every 15 s keeps the connection open. ' +
  'Closing the connection stops the answer; what was said so far is stored, marked incomplete.';

/** `/api/v1/ai/conversations/...`: the caller's AI Lab conversations and their streamed answers. */
export async function conversationsRoutes(app: FastifyInstance, options: ConversationsRoutesOptions): Promise<void> {
  const { chat } = options;
  const streams = new Set<ConversationEventStream>();
  // Answers in progress would hold the shutdown up for as long as the model takes: they stop now, what was said so
  // far is stored (marked incomplete), and the client is told why the stream ends.
  app.addHook('preClose', async () => {
    for (const stream of streams) {
      stream.send({ type: 'error', code: 'GS_ERR_SHUTTING_DOWN', message: 'the server is shutting down; the answer so far is stored' });
      stream.stop('the server is shutting down');
    }
  });

  app.post<{ Body: { title?: string } }>(
    '/ai/conversations',
    {
      config: { role: 'viewer', rateLimit: { max: CONVERSATIONS_PER_MINUTE, timeWindow: 60_000 } },
      schema: { tags, summary: 'Start a conversation (at most 200 per user; delete one to start another)', body: NEW_CONVERSATION_SCHEMA, response: { 201: CONVERSATION_SCHEMA, ...RESPONSES } },
    },
    async (request, reply) => reply.code(201).send(await chat.createConversation(callerOf(request), request.body.title)),
  );

  app.get(
    '/ai/conversations',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: "The caller's conversations, the most recently active first", querystring: NO_QUERY, response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: CONVERSATION_SCHEMA } } }, ...ERROR_RESPONSES } },
    },
    async (request) => ({ items: await chat.listConversations(callerOf(request)) }),
  );

  app.get<{ Params: { id: string } }>(
    '/ai/conversations/:id',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: 'A conversation with its messages: questions, answers (tool calls, citations) and tool results', params: ID_PARAMS, querystring: NO_QUERY, response: { 200: CONVERSATION_WITH_MESSAGES_SCHEMA, ...ERROR_RESPONSES } },
    },
    async (request) => chat.conversation(callerOf(request), request.params.id),
  );

  app.delete<{ Params: { id: string } }>(
    '/ai/conversations/:id',
    { config: { role: 'viewer' }, schema: { tags, summary: 'Delete a conversation and its messages', params: ID_PARAMS, response: { 204: { type: 'null', description: 'deleted' }, ...ERROR_RESPONSES } } },
    async (request, reply) => {
      await chat.deleteConversation(callerOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { id: string }; Body: { content: string } }>(
    '/ai/conversations/:id/messages',
    {
      config: { role: 'viewer', rateLimit: { max: QUESTIONS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: `Ask a question; the answer streams as server-sent events (${QUESTIONS_PER_MINUTE} questions a minute)`,
        description: STREAM_DESCRIPTION,
        params: ID_PARAMS,
        body: NEW_MESSAGE_SCHEMA,
        response: { 200: { description: STREAM_DESCRIPTION, content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...RESPONSES },
      },
    },
    async (request, reply) => {
      // Everything that can be refused is refused here, as a JSON error, before the stream starts.
      const pending = await chat.ask(callerOf(request), request.params.id, request.body.content);
      let stream: ConversationEventStream;
      try {
        stream = ConversationEventStream.open(reply, options.heartbeatMs ?? HEARTBEAT_MS);
      } catch (error) {
        pending.abandon();
        throw error;
      }
      streams.add(stream);
      try {
        await pending.run({ signal: stream.signal, onEvent: (event) => stream.send(event) });
      } catch (error) {
        request.log.error({ err: error }, 'answer failed');
        stream.send({ type: 'error', code: 'GS_ERR_INTERNAL', message: 'the answer could not be stored; the server log has the details' });
      } finally {
        streams.delete(stream);
        stream.end();
      }
    },
  );
}
