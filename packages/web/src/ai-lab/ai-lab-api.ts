import { apiRequest } from '../api/api-client.js';
import type { AiDocument } from './ai-document.js';
import type { AiStatus } from './ai-status.js';
import { authorizedFetch } from './authorized-fetch.js';
import type { ConversationSummary } from './conversation-summary.js';
import type { Conversation } from './conversation.js';
import { documentContentType } from './document-content-type.js';
import type { SearchHit } from './search-hit.js';

/** Passages a search asks for (the API allows up to 50). */
const SEARCH_RESULTS = 10;

/** The AI Lab's requests under `/api/v1/ai` (the answer stream is {@link sendChatMessage}). */
export const aiLabApi = {
  status: () => apiRequest<AiStatus>('GET', '/ai/status'),
  conversations: () => apiRequest<{ items: ConversationSummary[] }>('GET', '/ai/conversations'),
  conversation: (id: string) => apiRequest<Conversation>('GET', `/ai/conversations/${encodeURIComponent(id)}`),
  // No title: the server names a conversation after its first question.
  createConversation: () => apiRequest<ConversationSummary>('POST', '/ai/conversations', {}),
  deleteConversation: (id: string) => apiRequest<undefined>('DELETE', `/ai/conversations/${encodeURIComponent(id)}`),
  documents: () => apiRequest<{ items: AiDocument[] }>('GET', '/ai/documents'),
  async uploadDocument(file: File): Promise<AiDocument> {
    const response = await authorizedFetch(`/ai/documents?name=${encodeURIComponent(file.name)}`, { method: 'POST', headers: { 'content-type': documentContentType(file) }, body: file });
    return (await response.json()) as AiDocument;
  },
  deleteDocument: (id: string) => apiRequest<undefined>('DELETE', `/ai/documents/${encodeURIComponent(id)}`),
  search: (query: string) => apiRequest<{ items: SearchHit[] }>('GET', `/ai/search?q=${encodeURIComponent(query)}&k=${SEARCH_RESULTS}`),
};
