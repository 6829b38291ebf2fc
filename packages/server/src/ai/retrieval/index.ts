/** Retrieval: embedders, document intake, indexing of signals, news, backtests and documents, search, evaluation. */
export * from './check-document-upload.js';
export * from './chunk-csv.js';
export * from './chunk-text.js';
export * from './create-embedder.js';
export * from './document-passages.js';
export * from './embedder.js';
export * from './endpoint-embedder.js';
export * from './hashing-embedder.js';
export * from './measure-recall.js';
export * from './news-text.js';
export * from './onnx-embedder.js';
export * from './retrieval-evaluation-set.js';
export * from './retrieval-indexer.js';
export * from './retrieval-service.js';
export * from './signal-text.js';
export * from './source-text.js';
