import { alertKindLabel } from './alert-kinds.js';
import type { AlertView } from './alert-view.js';

/** What a rule watches in two words: "AAPL · Price above", "All symbols · New signal", "System event". */
export function alertScope(alert: Pick<AlertView, 'symbol' | 'kind'>): string {
  if (alert.kind === 'system') return alertKindLabel(alert.kind);
  return `${alert.symbol === '*' ? 'All symbols' : alert.symbol} · ${alertKindLabel(alert.kind)}`;
}

/** A rule's short name for headings and labels: its own name when it has one, else {@link alertScope}. */
export function alertTitle(alert: Pick<AlertView, 'name' | 'symbol' | 'kind'>): string {
  const name = alert.name?.trim() ?? '';
  return name === '' ? alertScope(alert) : name;
}
