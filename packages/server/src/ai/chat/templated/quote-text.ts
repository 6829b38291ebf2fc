import type { QuoteAnswer } from '../tools/get-quote-tool.js';
import { priceText, signedPercent, timeText } from './figures.js';

/** A quote with its time, source and whether it is simulated or stale. */
export function quoteText(answer: QuoteAnswer): string {
  const { quote } = answer;
  const lines = [`${quote.symbol}: ${priceText(quote.price)}${quote.currency === null ? '' : ` ${quote.currency}`} as of ${timeText(answer.time)}, from ${quote.source}.`];
  if (quote.previousClose !== null) {
    // The change in the price's own decimals: 1.89 beside 218.69, not 1.8900.
    const decimals = priceText(quote.price).split('.')[1]?.length ?? 0;
    const change = quote.change === null ? '' : ` ${quote.change >= 0 ? '+' : ''}${quote.change.toFixed(decimals)}`;
    lines.push(`Change vs the previous close of ${priceText(quote.previousClose)}:${change} (${signedPercent(quote.changePercent)}).`);
  }
  if (answer.simulated) lines.push('This price comes from the built-in market simulator, not a real market.');
  if (answer.stale) lines.push(`This is an older cached price: ${answer.staleReason ?? 'the market data providers are failing'}.`);
  return lines.join('\n');
}
