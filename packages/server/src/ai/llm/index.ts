/** OpenAI-compatible language model client: streaming chat, a tool loop and embeddings. */
export * from './chat-event.js';
export * from './chat-message.js';
export * from './chat-request.js';
export * from './llm-error.js';
export * from './llm-tool.js';
export * from './openai-compatible-client.js';
export * from './to-llm-app-error.js';
export * from './tool-loop-event.js';
export * from './tool-loop-request.js';
export * from './tool-parameter-schema.js';
