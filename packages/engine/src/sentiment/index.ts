export * from './text-item.js';
export * from './tokenize-text.js';
export * from './phrase-dictionary.js';
export * from './finance-lexicon.js';
export * from './metric-moves.js';
export * from './finance-word-list-scorer.js';
export * from './score-texts.js';
export * from './trained/index.js';
