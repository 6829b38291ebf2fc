/** `GET /ai/status`: whether a language model answers, and what embeds text for search. */
export interface AiStatus {
  readonly languageModel: { readonly configured: boolean; readonly baseUrl?: string; readonly model?: string };
  readonly embeddings: { readonly source: 'endpoint' | 'onnx' | 'hashing'; readonly model: string; readonly dimensions: number };
}
