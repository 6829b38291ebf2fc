import type { SignalFilterFields } from './signal-filter-fields.js';
import type { SignalSort } from './signal-sort.js';

/** What the Signals page shows: the applied filters and the sort order (both kept in the address). */
export interface SignalsPageState {
  readonly filters: SignalFilterFields;
  readonly sort: SignalSort;
}
