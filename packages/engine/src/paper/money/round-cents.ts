/**
 * Rounds an amount to cents for reporting. The paper ledger keeps the broker's float arithmetic
 * internally, because issue 3 §4 requires the same trades to the last bit as the backtest of the
 * same bars (so the same executor, on the same floats); every money field the portfolio *reports*
 * as an account figure (cash, equity, P&L, equity history) goes through this one function so they
 * agree with each other to the cent. Trade records stay unrounded, exactly as the backtester's.
 */
export function roundCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100) / 100;
  return amount < 0 && cents !== 0 ? -cents : cents;
}
