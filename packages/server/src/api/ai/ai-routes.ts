import type { FastifyInstance } from 'fastify';
import type { ChatService } from '../../ai/chat/chat-service.js';
import { conversationsRoutes } from './conversations-routes.js';
import { statusRoutes, type StatusRoutesOptions } from './status-routes.js';

/** What the AI Lab's conversation and status routes need. */
export interface AiRoutesOptions extends StatusRoutesOptions {
  readonly chat: ChatService;
  /** Time between heartbeat comments on an answer's stream, ms (default 15 s). */
  readonly heartbeatMs?: number;
}

/**
 * `/api/v1/ai/...` of the chat: status and conversations (retrieval registers documents and search on its own).
 * Register with `prefix: '/api/v1'`.
 */
export async function aiRoutes(app: FastifyInstance, options: AiRoutesOptions): Promise<void> {
  await app.register(statusRoutes, { languageModel: options.languageModel, embeddings: options.embeddings });
  await app.register(conversationsRoutes, { chat: options.chat, ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }) });
}
