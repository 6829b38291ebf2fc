import { SignalScorecard, type Bar } from '@goldensignals/engine';
import type { SignalOutcome as StoredOutcome, StoredSignal } from '../storage/repositories/stored-signal.js';

/** An outcome the scorecard decided for a stored signal. */
export interface DecidedOutcome {
  readonly id: string;
  readonly outcome: StoredOutcome;
  /**
   * The signal as it is once the outcome is stored: what to announce (`outcomeEvent`) after the transaction that
   * stores it commits, so alert rules on outcomes hear of it.
   */
  readonly closed: StoredSignal;
}

/** Bars before a signal fed to its scorecard first, so the dead-band's volatility estimate is warm. */
const WARM_UP_BARS = 30;

/**
 * Follows stored BUY/SELL signals through the bars after them with the backtest's scorecard (same
 * stop/target/expiry rules, no look-ahead) and returns the outcomes those bars decide. Stateless: it
 * works from the stored signal and the bars alone, so a restart loses nothing. Signals older than
 * the first bar are left alone.
 */
export function scoreOpenSignals(open: readonly StoredSignal[], bars: readonly Bar[]): DecidedOutcome[] {
  const decided: DecidedOutcome[] = [];
  for (const signal of open) {
    const signalTime = Date.parse(signal.time);
    const index = bars.findIndex((bar) => bar.time === signalTime);
    if (index < 0 || index === bars.length - 1) continue;
    const scorecard = new SignalScorecard();
    for (let i = Math.max(0, index - WARM_UP_BARS); i <= index; i++) scorecard.update(signal.symbol, bars[i]);
    scorecard.open({ ...signal, votes: [] });
    for (let i = index + 1; i < bars.length; i++) {
      const [outcome] = scorecard.update(signal.symbol, bars[i]);
      if (outcome === undefined) continue;
      const stored: StoredOutcome = { result: outcome.outcome, at: outcome.exitTime, price: outcome.exitPrice, return: outcome.return };
      decided.push({ id: signal.id, outcome: stored, closed: { ...signal, outcome: stored } });
      break;
    }
  }
  return decided;
}
