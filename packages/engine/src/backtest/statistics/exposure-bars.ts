import type { StatsTrade } from './stats-trade.js';

/** Number of bars on which some trade was open (entry to exit bar, inclusive): the union of the trades' spans. */
export function exposureBars(trades: readonly StatsTrade[]): number {
  let sorted = true;
  for (let k = 1; k < trades.length; k++) if (trades[k].entryBar < trades[k - 1].entryBar) sorted = false;
  const spans = sorted ? trades : [...trades].sort((a, b) => a.entryBar - b.entryBar);
  let bars = 0;
  let coveredTo = -1; // last bar already counted
  for (const { entryBar, exitBar } of spans) {
    const from = Math.max(entryBar, coveredTo + 1);
    if (exitBar >= from) {
      bars += exitBar - from + 1;
      coveredTo = exitBar;
    }
  }
  return bars;
}
