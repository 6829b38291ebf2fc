import type { SignalFilterFields } from './signal-filter-fields.js';

/** No filter: every signal. */
export const EMPTY_SIGNAL_FILTERS: SignalFilterFields = { symbols: '', actions: [], riskLevels: [], minConfidence: '', maxConfidence: '', from: '', to: '' };
