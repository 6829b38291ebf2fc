import type { SignalSort } from './signal-sort.js';

/** Newest bar first: the order of a page opened without a `sort` in its address. */
export const DEFAULT_SIGNAL_SORT: SignalSort = { key: 'time', direction: 'desc' };
