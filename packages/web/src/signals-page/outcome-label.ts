import type { SignalView } from '../signals/signal-view.js';

const RESULT_NAMES: Readonly<Record<string, string>> = { target: 'Target', stop: 'Stop', expired: 'Expired' };

/** How a signal's outcome reads in the table: the result and its return, "Open" while followed, "–" for a HOLD. */
export function outcomeLabel(signal: Pick<SignalView, 'action' | 'outcome'>): { readonly text: string; readonly tone: 'gain' | 'loss' | 'neutral' } {
  const outcome = signal.outcome;
  if (outcome === null) return { text: signal.action === 'HOLD' ? '–' : 'Open', tone: 'neutral' };
  const name = RESULT_NAMES[outcome.result] ?? outcome.result;
  const value = outcome.return;
  if (typeof value !== 'number' || !Number.isFinite(value)) return { text: name, tone: 'neutral' };
  const percent = `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value * 100).toFixed(2)}%`;
  return { text: `${name} ${percent}`, tone: value > 0 ? 'gain' : value < 0 ? 'loss' : 'neutral' };
}
