/** Trained ML models on disk: the model files `goldensignals train` writes, loaded for the ML agents and reloaded as they change. */
export * from './load-model-store.js';
export * from './load-ml-agents.js';
export * from './model-folder-state.js';
export * from './model-reloader.js';
export * from './models-event.js';
export * from './write-model-files.js';
export * from './model-retrainer.js';
