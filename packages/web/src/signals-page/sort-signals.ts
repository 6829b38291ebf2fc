import type { SignalView } from '../signals/signal-view.js';
import type { SignalSort } from './signal-sort.js';

const RISK_RANK = { low: 0, medium: 1, high: 2 } as const;

// Signals without a resolved return sort below every return, whichever the direction, so open ones stay together.
function outcomeReturn(signal: SignalView): number | null {
  const value = signal.outcome?.return;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function compare(a: SignalView, b: SignalView, key: SignalSort['key']): number {
  switch (key) {
    case 'symbol':
      return a.symbol.localeCompare(b.symbol);
    case 'action':
      return a.action.localeCompare(b.action);
    case 'riskLevel':
      return RISK_RANK[a.riskLevel] - RISK_RANK[b.riskLevel];
    case 'time':
      return a.time.localeCompare(b.time);
    case 'outcome':
      return (outcomeReturn(a) ?? 0) - (outcomeReturn(b) ?? 0);
    default:
      return a[key] - b[key];
  }
}

/** The loaded signals in the chosen order (ties: newest bar first, as the API sends them); the input is not changed. */
export function sortSignals(signals: readonly SignalView[], sort: SignalSort): SignalView[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...signals].sort((a, b) => {
    if (sort.key === 'outcome') {
      const missing = Number(outcomeReturn(a) === null) - Number(outcomeReturn(b) === null);
      if (missing !== 0) return missing;
    }
    return sign * compare(a, b, sort.key) || b.time.localeCompare(a.time) || b.id.localeCompare(a.id);
  });
}
