import type { SignalEngine } from '@goldensignals/engine';
import { ChatService } from '../ai/chat/chat-service.js';
import { createChatToolbox } from '../ai/chat/chat-toolbox.js';
import { LanguageModelChat } from '../ai/chat/language-model-chat.js';
import { OpenAiCompatibleClient } from '../ai/llm/openai-compatible-client.js';
import { createEmbedder } from '../ai/retrieval/create-embedder.js';
import { RetrievalService } from '../ai/retrieval/retrieval-service.js';
import type { StatusRoutesOptions } from '../api/ai/status-routes.js';
import type { ServerConfig } from '../config/server-config.js';
import type { BacktestDispatcher } from '../jobs/backtest-dispatcher.js';
import type { ProviderChain } from '../market-data/chain/provider-chain.js';
import type { Database } from '../storage/database.js';

/** What the AI Lab is made of: the chat, retrieval, and what `/ai/status` reports. */
export interface AiLab extends StatusRoutesOptions {
  readonly chat: ChatService;
  readonly retrieval: RetrievalService;
  /** Lines to log once the app's logger exists (which search mode and embedder retrieval uses). */
  readonly notes: readonly string[];
}

/** What the AI Lab reads from the rest of the server. */
export interface AiLabSources {
  readonly database: Database;
  readonly engine: () => SignalEngine;
  readonly chain: ProviderChain;
  readonly backtests: BacktestDispatcher;
  readonly now?: () => number;
  readonly onChatError: (error: unknown) => void;
}

/**
 * The AI Lab of the configuration: retrieval on the configured embeddings endpoint, a local ONNX model or the
 * built-in hashing embedder; the chat on the configured OpenAI-compatible language model, or templated answers.
 */
export async function createAiLab(config: ServerConfig, sources: AiLabSources): Promise<AiLab> {
  const { database, now } = sources;
  const client = (baseUrl: string, model: string, embeddingsModel?: string): OpenAiCompatibleClient =>
    new OpenAiCompatibleClient({ baseUrl, apiKey: config.llmApiKey ?? undefined, model, embeddingsModel, timeoutMs: config.llmTimeoutMs });
  const embeddingsBaseUrl = config.embeddingsBaseUrl ?? config.llmBaseUrl;
  const embeddingsClient = embeddingsBaseUrl !== null && config.embeddingsModel !== null ? client(embeddingsBaseUrl, config.embeddingsModel, config.embeddingsModel) : null;
  const embedderChoice = await createEmbedder({ onnxDir: config.embeddingsOnnxDir, endpointModel: config.embeddingsModel, endpointEmbed: embeddingsClient === null ? null : (texts) => embeddingsClient.embed(texts) });
  const notes: string[] = [];
  const retrieval = await RetrievalService.open({ database, embedder: embedderChoice.embedder, embedderNote: embedderChoice.note, log: (line) => notes.push(line) });
  const languageModel = config.llmBaseUrl !== null && config.llmModel !== null ? client(config.llmBaseUrl, config.llmModel) : null;
  const chat = new ChatService({
    database,
    toolbox: createChatToolbox({ database, engine: sources.engine, market: sources.chain, backtests: sources.backtests, search: (query, searchOptions) => retrieval.search(query, searchOptions), now }),
    model: languageModel === null ? null : new LanguageModelChat(languageModel),
    now,
    onError: sources.onChatError,
  });
  return {
    chat,
    retrieval,
    notes,
    languageModel: languageModel === null ? null : { baseUrl: languageModel.baseUrl, model: languageModel.model },
    embeddings: () => retrieval.embedderSummary(),
  };
}
