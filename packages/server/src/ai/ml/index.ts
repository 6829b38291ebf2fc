/** Trained ML models on disk: the model files `goldensignals train` writes, loaded for the ML agents. */
export * from './load-model-store.js';
export * from './load-ml-agents.js';
export * from './write-model-files.js';
export * from './model-retrainer.js';
