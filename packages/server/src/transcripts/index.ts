/** Earnings-call transcripts: uploaded or fetched, split into passages, scored and stored for the earnings-call agent. */
export * from './parse-transcript-text.js';
export * from './transcript-input-error.js';
export * from './transcript-passages.js';
export * from './transcript-service.js';
