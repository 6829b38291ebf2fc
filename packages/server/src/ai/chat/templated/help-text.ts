/** What the assistant answers without a language model, with example questions. */
export function helpText(topic: 'run-backtest' | null): string {
  const lines: string[] = [];
  if (topic === 'run-backtest') {
    lines.push(
      'Running a backtest from a sentence needs a language model to read its parameters. Start one from the Analytics page ' +
        '(or with POST /api/v1/backtests), then ask "how did my last backtest do?".',
      '',
    );
  }
  lines.push(
    'Without a language model I can answer these from the data:',
    '- "Why is AAPL a BUY?": the latest signal of a symbol with its strongest votes, accuracy weights and reasoning',
    '- "Which agents are most accurate?": the top agents by measured hit rate, with their number of scored votes',
    '- "How did my last backtest do?": return vs buy-and-hold, Sharpe ratio, max drawdown and trades',
    '- "Latest signals" (or "latest BUY signals for AAPL, MSFT")',
    '- "Price of AAPL": the latest quote with its source',
    '- "How is my portfolio doing?": your paper portfolios valued at current prices',
  );
  return lines.join('\n');
}
