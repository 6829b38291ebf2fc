import type { AlertCondition } from './alert-condition.js';

const INDICATOR_NAMES: Readonly<Record<string, string>> = { rsi: 'RSI', mfi: 'MFI', 'stochastic-k': 'Stochastic %K', 'williams-r': 'Williams %R', adx: 'ADX', cci: 'CCI' };

/** An indicator as people write it: `RSI(14)`. */
export function indicatorName(indicator: string, period: number): string {
  return `${INDICATOR_NAMES[indicator] ?? indicator}(${period})`;
}

/**
 * How messages name a rule: its name when it has one, else its condition in a few words (`AAPL above 200`,
 * `signals on every symbol`), so a message always says which rule sent it.
 */
export function ruleLabel(rule: { readonly name: string | null; readonly symbol: string }, condition: AlertCondition): string {
  if (rule.name !== null && rule.name.trim() !== '') return rule.name.trim();
  const on = rule.symbol === '*' ? 'every symbol' : rule.symbol;
  switch (condition.kind) {
    case 'price_above':
      return `${rule.symbol} above ${condition.price}`;
    case 'price_below':
      return `${rule.symbol} below ${condition.price}`;
    case 'signal':
      return `${condition.actions.join('/')} signals on ${on}`;
    case 'signal_outcome':
      return `signal outcomes on ${on}`;
    case 'indicator_above':
    case 'indicator_below':
      return `${rule.symbol} ${indicatorName(condition.indicator, condition.period)} ${condition.timeframe} ${condition.kind === 'indicator_above' ? 'above' : 'below'} ${condition.value}`;
    case 'system':
      return 'market data providers';
  }
}
