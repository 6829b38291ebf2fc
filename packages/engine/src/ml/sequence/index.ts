export * from './sequence-contract.js';
export * from './sequence-sample.js';
export * from './sequence-training-options.js';
export * from './sequence-model.js';
export * from './sequence-model-artifact.js';
export * from './train-sequence-model.js';
