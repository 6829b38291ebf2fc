/** Sentiment backends of the server: the transformer, the adapter for the engine's scorers, and the configured-scorer factory. */
export * from './async-sentiment-scorer.js';
export * from './check-transformer-model-folder.js';
export * from './create-configured-scorer.js';
export * from './evaluate-transformer-sentiment.js';
export * from './sentiment-backend.js';
export * from './sentiment-from-probabilities.js';
export * from './sentiment-label-map.js';
export * from './sync-scorer-adapter.js';
export * from './transformer-model-error.js';
export * from './transformer-sentiment-scorer.js';
export * from './load-trained-sentiment-scorer.js';
